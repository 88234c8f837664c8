// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

namespace btxh::secrets {

// Asks the Secret Service (Linux) whether its default collection is locked. Needed because a lookup in a
// locked collection answers "not found" rather than an error, which would make a locked keyring look empty.
class SecretServiceProbe {
public:
    enum class State { Unlocked, Locked, Unknown };

    // Answers on `context`'s thread, asynchronously; Unknown when there is no Secret Service or no default
    // collection, or on other platforms.
    static void defaultCollectionState(QObject *context, std::function<void(State)> done);
};

} // namespace btxh::secrets
