import multiprocessing as mp
import multiprocessing.util as u
import logging, sys
print(u._logger, u._log_to_stderr, u.NOTSET, u.SUBDEBUG, u.DEBUG, u.INFO, u.SUBWARNING, u.LOGGER_NAME, u.DEFAULT_LOGGING_FORMAT)
u.info('dropped: no logger yet')
lg = u.get_logger()
print(lg.name, lg.propagate, lg.level, lg.handlers, lg is mp.get_logger(), lg is logging.getLogger('multiprocessing'))
print(logging.getLevelName(5), logging.getLevelName(25))
logging.basicConfig(stream=sys.stdout)
print(lg.handlers)
class Catch(logging.Handler):
    def emit(self, record):
        print('got', record.levelno, record.levelname, record.getMessage())
lg.addHandler(Catch())
lg.setLevel(1)
u.sub_debug('sd %d', 1); u.debug('d %s', 'x'); u.info('i'); u.sub_warning('sw %r', [1])
l2 = mp.log_to_stderr()
print(l2 is lg, len(lg.handlers), lg.level, u._log_to_stderr, lg.handlers[-1].formatter._fmt)
mp.log_to_stderr(logging.ERROR)
print(len(lg.handlers), lg.level)
u.info('below error')
