// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>

namespace Fts::Api {

/** What a provider's API offers; the GUI asks these instead of checking which provider it is. */
enum class ProviderCapability {
    Files = 0x1,
    Uploads = 0x2,
    FineTuning = 0x4,
    PauseResume = 0x8,
    JobEvents = 0x10,
    Checkpoints = 0x20,
    Models = 0x40,
    ModelDeletion = 0x80,
    ChatCompletions = 0x100,
    ChatStreaming = 0x200,
    DpoMethod = 0x400,
    /** A fine-tuned model must be deployed before it can answer chat requests (Azure). */
    NeedsDeployment = 0x800,
};
Q_DECLARE_FLAGS(ProviderCapabilities, ProviderCapability)
Q_DECLARE_OPERATORS_FOR_FLAGS(ProviderCapabilities)

} // namespace Fts::Api
