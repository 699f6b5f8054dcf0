# Two commands for a new user: `make run` (build and boot examples/hello) and
# `make test` (the whole suite).  Both bootstrap their own environment, as
# does `make bench` (docs/benchmarks.md).
PY      := .venv/bin/python
STAMP   := .venv/.installed
BENCH_STAMP := .venv/.installed-bench
OSKEN   := .venv-osken/.installed
APT_PKGS := qemu-system-x86 qemu-system-arm device-tree-compiler

.PHONY: run test lint bench bootstrap system-deps bench-deps clean

run: $(STAMP)
	$(PY) -m unicc run examples/hello/hello.py --target unix

# The static checks, then the whole suite on unix, with every differential
# program also booted on the Cubieboard2 image under QEMU (ARMv7: the other
# word size and backend; one build of each program for both targets: they
# share the front half), and tests/test_targets.py's chosen programs on the
# x86 Xen/PVH and ARM Xen images (the x86 image's code is unix's but for
# the platform layer).  It runs on every core (pytest-xdist; tests/conftest.py keeps
# the tests that share a module fixture on one worker) and names its slowest
# tests.
PYTEST := $(PY) -m pytest -q -n auto --dist loadgroup
test: $(STAMP) system-deps lint $(OSKEN)
	$(PYTEST) --durations=25 --target unix,cubieboard2

# The static checks: the compiler, the benchmark and the test harness held to
# the standard unicc holds its input to (mypy --strict --warn-unreachable),
# and ruff's pyflakes, pycodestyle-error and bugbear rules (pyproject.toml).
lint: $(STAMP)
	$(PY) -m mypy
	$(PY) -m ruff check

# The kernels against C, CPython, mypyc, Cython and Numba; the compile
# times; the instruction counts on ARM and x86-64 under QEMU; hashlib against
# OpenSSL and C; the byte codecs against CPython's C modules.  Each rewrites
# its part of docs/benchmarks.md.
bench: $(BENCH_STAMP) bench-deps $(OSKEN)
	$(PY) -m bench
	$(PY) -m bench.compile
	$(PY) -m bench.insns
	$(PY) -m bench.hashes
	$(PY) -m bench.codecs

bootstrap: $(STAMP)

$(STAMP): pyproject.toml
	@command -v python3 >/dev/null || { echo "python3 is required (apt-get install python3 python3-venv)"; exit 1; }
	@test -x $(PY) || python3 -m venv .venv || { \
	    echo "installing python3-venv"; $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq python3-venv && python3 -m venv .venv; }
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	@touch $@

# os-ken (the maintained Ryu), the third-party controller of tests/test_ofswitch.py, in
# a venv of its own (it pins eventlet and oslo libraries).  Its OpenFlow 1.0 learning
# switch, os_ken/app/simple_switch.py, was last shipped in 1.4.1, whose manager fails
# with the eventlets that run on Python 3.11: the file is taken from that wheel, as it
# is, and run by the manager of 3.1.1 (docs/appliances.md).
$(OSKEN): | $(STAMP)
	rm -rf .venv-osken && python3 -m venv .venv-osken
	.venv-osken/bin/pip install -q os-ken==3.1.1
	.venv-osken/bin/pip download -q --no-deps os-ken==1.4.1 -d .venv-osken/wheels
	.venv-osken/bin/python -c "import glob, zipfile; zipfile.ZipFile(glob.glob('.venv-osken/wheels/os_ken-1.4.1-*.whl')[0]).extract('os_ken/app/simple_switch.py', '.venv-osken/apps')"
	@touch $@

$(BENCH_STAMP): $(STAMP)
	$(PY) -m pip install -q -e '.[bench]'
	@touch $@

# QEMU (for the bare-metal and Xen targets), Chromium (tests/test_size.py renders
# the HTML size report headless) and the network peers of tests/test_net.py (ip,
# ping, socat, curl, busybox's udhcpd), and of tests/test_dns_example.py (dig,
# NSD as the reference server) from the distribution, when missing.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
system-deps:
	@missing=""; \
	command -v qemu-system-x86_64 >/dev/null || missing="$$missing qemu-system-x86"; \
	command -v qemu-system-arm >/dev/null || missing="$$missing qemu-system-arm"; \
	command -v dtc >/dev/null || missing="$$missing device-tree-compiler"; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v ip >/dev/null || missing="$$missing iproute2"; \
	command -v ping >/dev/null || missing="$$missing iputils-ping"; \
	command -v socat >/dev/null || missing="$$missing socat"; \
	command -v curl >/dev/null || missing="$$missing curl"; \
	command -v busybox >/dev/null || missing="$$missing busybox"; \
	command -v dig >/dev/null || missing="$$missing bind9-dnsutils"; \
	[ -x /usr/sbin/nsd ] || missing="$$missing nsd"; \
	[ -x /usr/sbin/ovs-vswitchd ] || missing="$$missing openvswitch-switch"; \
	command -v ethtool >/dev/null || [ -x /usr/sbin/ethtool ] || missing="$$missing ethtool"; \
	if [ -n "$$missing" ]; then \
	    echo "installing$$missing"; \
	    $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

# QEMU's user mode and the ARM system emulator, for bench.insns; wrk, for bench.net and bench.web;
# dnsperf and nsd for bench.dnsperf; nginx for bench.web (os-ken comes with make test's .venv-osken,
# for tests/test_ofswitch.py and bench.ofbench).
bench-deps:
	@missing=""; \
	command -v qemu-x86_64 >/dev/null || missing="$$missing qemu-user"; \
	command -v wrk >/dev/null || missing="$$missing wrk"; \
	command -v dnsperf >/dev/null || missing="$$missing dnsperf"; \
	command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing="$$missing nginx-light"; \
	[ -x /usr/sbin/nsd ] || missing="$$missing nsd"; \
	command -v qemu-system-arm >/dev/null || missing="$$missing qemu-system-arm"; \
	if [ -n "$$missing" ]; then \
	    echo "installing$$missing"; \
	    $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

clean:
	rm -rf .venv .venv-osken build .pytest_cache .mypy_cache
