// SPDX-License-Identifier: GPL-3.0-or-later
#include "InProcessSandbox.h"

namespace btxh::test {

InProcessSandbox::InProcessSandbox(SandboxServer::Config config)
    : m_config(std::move(config)) {}

InProcessSandbox::~InProcessSandbox() = default;

void InProcessSandbox::seedWith(int count, quint32 seed, const QStringList &provinces, const QDateTime &until,
                                int days) {
    m_seed = Seed{count, seed, provinces, until, days};
}

bool InProcessSandbox::start() {
    if (m_server)
        return true;
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    if (!m_store.open(m_dir.filePath(QStringLiteral("sandbox.sqlite")), &m_error))
        return false;
    m_server = std::make_unique<SandboxServer>(m_config, &m_store);
    if (m_seed.count > 0 && m_server->seed(m_seed.count, m_seed.random, m_seed.provinces, m_seed.until,
                                           m_seed.days, &m_error) == 0)
        return false;
    return m_server->listen(0, &m_error) != 0;
}

QUrl InProcessSandbox::baseUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

} // namespace btxh::test
