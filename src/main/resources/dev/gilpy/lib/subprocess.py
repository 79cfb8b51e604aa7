"""A minimal subprocess: run() and CompletedProcess, over the built-in _subprocess."""
import _subprocess

PIPE = -1
DEVNULL = -3


class CalledProcessError(Exception):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        super().__init__(returncode, cmd)
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stdout = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)


class CompletedProcess:
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ["args=%r" % (self.args,), "returncode=%r" % (self.returncode,)]
        if self.stdout is not None:
            parts = parts + ["stdout=%r" % (self.stdout,)]
        if self.stderr is not None:
            parts = parts + ["stderr=%r" % (self.stderr,)]
        return "CompletedProcess(" + ", ".join(parts) + ")"

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def run(args, *, capture_output=False, text=False, input=None, cwd=None, check=False,
        stdout=None, stderr=None, universal_newlines=None, encoding=None):
    if universal_newlines or encoding is not None:
        text = True
    if isinstance(args, str):
        argv = [args]
    else:
        argv = [str(a) for a in args]
    capture = capture_output or stdout == PIPE or stderr == PIPE
    data = None
    if input is not None:
        data = input.encode() if isinstance(input, str) else input
    code, out, err = _subprocess.run_process(argv, cwd, data, capture)
    if text and out is not None:
        out = out.decode()
        err = err.decode()
    cp = CompletedProcess(args, code, out, err)
    if check:
        cp.check_returncode()
    return cp
