# platform: only the answers that are the same under Bastion's fixed values and CPython on Linux (types, shapes, version, word size, system).
import platform, sys

u = platform.uname()
print(type(u).__name__, u._fields, len(u), u.system, type(u.node).__name__, type(u.processor).__name__)
print(u.system == u[0] == platform.system(), list(u)[:1], u[:1], u[-1] == u.processor == platform.processor() or "differs")
print(tuple(u) == u, isinstance(u, tuple), u._replace(system="X").system, u._replace(node="n").node)
try:
    u._replace(bogus=1)
except ValueError as e:
    print("ValueError", e)
print(platform.system(), platform.python_version() == "%d.%d.%d" % sys.version_info[:3],
      platform.python_version_tuple()[:2], type(platform.python_version_tuple()).__name__)
print(platform.architecture()[0], type(platform.architecture()[1]).__name__)
for f in (platform.node, platform.release, platform.version, platform.machine, platform.python_branch, platform.python_revision,
          platform.python_compiler, platform.platform):
    print(f.__name__, type(f()).__name__)
print(type(platform.python_build()).__name__, len(platform.python_build()), type(platform.libc_ver()).__name__, len(platform.libc_ver()))
print(platform.mac_ver(), platform.win32_ver(), platform.win32_edition(), platform.win32_is_iot(), platform.java_ver())
print(platform.mac_ver("10", ("a", "b", "c"), "m"), platform.win32_ver("r", "v"), platform.java_ver("1.8"))
print(platform.system_alias("Linux", "1", "2"), platform.system_alias("SunOS", "5.8", "x"), platform.system_alias("SunOS", "4.1", "x"))
print(platform.platform().startswith(platform.system()), platform.platform(terse=True).startswith(platform.system()))
print(platform.python_implementation() in ("CPython", "Bastion"))
