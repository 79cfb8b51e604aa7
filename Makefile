# gilpy build. `make build`, `make run`, `make test`, `make bench`, `make demo`,
# `make pending`, `make clean`. The JDK (>= 21) is located by bin/find-jdk.
SHELL := /bin/bash
.DEFAULT_GOAL := build

JAVA_HOME := $(shell bin/find-jdk)
JDK_MAJOR := $(shell bin/find-jdk --major 2>/dev/null)
export JAVA_HOME
export PATH := $(JAVA_HOME)/bin:$(PATH)

MVN ?= mvn
JAR := target/gilpy.jar
AOT_STAMP := target/gilpy.aot.stamp
SOURCES := pom.xml $(shell find src/main src/build grammar -type f 2>/dev/null)

.PHONY: build run test samples-check pending bench demo clean check-jdk pictures docs-pictures

check-jdk:
	@if [ -z "$(JAVA_HOME)" ]; then \
	  echo "make: no JDK >= 21 found; install one or set JAVA_HOME (see bin/find-jdk)" >&2; exit 1; fi

build: $(JAR) $(AOT_STAMP)

$(JAR): $(SOURCES) | check-jdk
	$(MVN) -B -q package -DskipTests
	@touch $@

# One training run records the JDK's AOT cache (JDK >= 25) or an AppCDS
# archive (older JDKs). A failing training run only warns: the launcher then
# simply runs without a cache.
$(AOT_STAMP): $(JAR) bench/train.py | check-jdk
	@rm -f target/gilpy.aot target/gilpy.jsa $@
	@if GILPY_AOT_TRAIN=1 ./gilpy bench/train.py > target/train.log 2>&1; then \
	  echo "AOT/CDS cache written (JDK $(JDK_MAJOR))"; \
	else \
	  echo "warning: AOT training run failed (see target/train.log); continuing without a cache" >&2; \
	  rm -f target/gilpy.aot target/gilpy.jsa; \
	fi
	@echo "$(JAVA_HOME)" > $@

run: build
	./gilpy

# Everything: unit tests + golden tests. The golden scripts run through the real launcher and jar (what users
# run), which also starts each of their JVMs from the AOT cache: about half the suite's time of a bare classpath.
test: build
	$(MVN) -B test -Dgolden.cmd=$(CURDIR)/gilpy

samples-check: build
	$(MVN) -B -q surefire:test -Dtest=GoldenTest -Dsurefire.failIfNoSpecifiedTests=false \
	  -Dgolden.suite=samples -Dgolden.cmd=$(CURDIR)/gilpy

# Which PENDING entries pass now (they should be removed from PENDING).
pending: build
	@rm -f target/golden/now-passing.txt
	-@$(MVN) -B -q test -Dtest=GoldenTest -Dsurefire.failIfNoSpecifiedTests=false > target/pending.log 2>&1
	@if [ -s target/golden/now-passing.txt ]; then \
	  echo "These PENDING entries pass now; remove them from their PENDING file:"; \
	  cat target/golden/now-passing.txt; \
	else echo "No PENDING entry passes yet."; fi

bench: build
	bench/run

# The README's timeline picture: samples/convoy.py traced with the GIL on and off, drawn as two panels on
# one time scale. Written under target/pictures (the work tree stays clean); `make docs-pictures` copies
# the picture to docs/ for the README.
PICTURES := target/pictures
pictures: build
	@mkdir -p $(PICTURES)
	./gilpy --gil on --gil-trace $(PICTURES)/convoy-gil-on.json samples/convoy.py
	./gilpy --gil off --gil-trace $(PICTURES)/convoy-gil-off.json samples/convoy.py
	./gilpy timeline --compare --crop --title "The convoy effect: samples/convoy.py with the GIL on and off" \
	  $(PICTURES)/convoy-gil-on.json $(PICTURES)/convoy-gil-off.json -o $(PICTURES)/timeline-convoy.svg
	@echo "wrote $(PICTURES)/timeline-convoy.svg"

docs-pictures: pictures
	cp $(PICTURES)/timeline-convoy.svg docs/timeline-convoy.svg

demo: build
	@if [ -f samples/tour.py ]; then ./gilpy samples/tour.py; \
	else echo "samples/tour.py does not exist yet"; fi

clean:
	rm -rf target bench/results
