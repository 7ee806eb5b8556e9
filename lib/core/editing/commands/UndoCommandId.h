// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Fts::Core {

/** QUndoCommand::id() values; only commands that merge need one (Tiled's undocommands.h). */
enum UndoCommandId { SetExampleValueCommandId = 1 };

} // namespace Fts::Core
