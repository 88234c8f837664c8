#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStringList>

// A real ndxp-sandbox process on 127.0.0.1 for integration tests: started with --port 0 (or a given port),
// the port read from its "listening on" line, stopped (or killed) on demand, and its admin endpoints.
class SandboxProcess {
public:
    explicit SandboxProcess(const QString &databasePath);
    ~SandboxProcess();

    bool start(const QStringList &extraArguments = {}, quint16 port = 0);
    void kill(); // SIGKILL: no chance to clean up
    quint16 port() const { return m_port; }
    QString baseUrl() const;
    QString output() const { return m_output; }

    QJsonObject adminGet(const QString &path);
    QJsonObject adminPost(const QString &path, const QJsonObject &body = {});

private:
    QJsonObject admin(const QString &path, const QByteArray *postBody);

    QString m_db;
    QProcess m_process;
    QNetworkAccessManager m_nam;
    quint16 m_port = 0;
    QString m_output;
};
