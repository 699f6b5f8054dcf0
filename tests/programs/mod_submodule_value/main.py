"""A module reached as an attribute (`pkg.mod`, `relay.units`): read as a
value, its variables read and assigned, its functions called."""

import types

import relay
import tools.names
import tools.units
from tools import units


def the_module() -> types.ModuleType:
    return units


print(the_module() is tools.units, relay.units is tools.units, relay.names is tools.names)
print(the_module() is tools.names)
print(tools.units.factor, relay.units.factor, relay.names.greeting)
print(relay.through(), relay.units.scale(5))
tools.units.factor = 10
print(units.factor, relay.units.scale(2), relay.through())
relay.units.factor = 4
relay.names.greeting = relay.names.greeting + "!"
print(tools.units.factor, tools.names.greeting, relay.through(), relay.calls)
