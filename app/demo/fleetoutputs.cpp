#include "fleetoutputs.h"

#include <QStringEncoder>

namespace ib::demo::outputs {

namespace {

const QByteArray red = QByteArrayLiteral("\x1b[31m");
const QByteArray yellow = QByteArrayLiteral("\x1b[33m");
const QByteArray green = QByteArrayLiteral("\x1b[32m");
const QByteArray reset = QByteArrayLiteral("\x1b[0m");

QByteArray latin(const QString &text)
{
    return text.toUtf8();
}

QByteArray hexId(QRandomGenerator &rng, int length)
{
    QByteArray id;
    for (int i = 0; i < length; ++i)
        id += "0123456789abcdef"[rng.bounded(16)];
    return id;
}

} // namespace

QByteArray gbk(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

QByteArray crlf(const QStringList &lines)
{
    return lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

QByteArray diskUsage(QRandomGenerator &rng, const DemoInstance &instance, int rootPercent)
{
    const int size = 40 + 20 * rng.bounded(5);
    const int used = size * rootPercent / 100;
    QByteArray out = "Filesystem      Size  Used Avail Use% Mounted on\n";
    out += latin(QString::asprintf("/dev/vda3        %2dG  %2dG  %2dG  %2d%% /\n", size, used,
                                   size - used, rootPercent));
    out += "tmpfs           3.8G     0  3.8G   0% /dev/shm\n";
    out +=
        latin(QString::asprintf("/dev/vdb1       500G  %3dG  %3dG  %2d%% /data\n",
                                rng.bounded(50, 400), rng.bounded(100, 450), rng.bounded(10, 90)));
    out += "/dev/vda2       200M  5.8M  194M   3% /boot/efi\n";
    if (rootPercent >= 90) {
        out += red + "WARNING: / on " + instance.instanceName.toUtf8() + " is " +
               QByteArray::number(rootPercent) + "% full" + reset + '\n';
        out += "largest directories under /var/log:\n";
        out += QByteArray::number(rng.bounded(3, 19)) + "G\t/var/log/journal\n";
        out += QByteArray::number(rng.bounded(1, 9)) + "G\t/var/log/nginx\n";
    } else {
        out += green + "OK" + reset + ": all filesystems below 90%\n";
    }
    return out;
}

QByteArray packageUpgrade(QRandomGenerator &rng, int packages)
{
    static const char *const names[] = {"openssl",
                                        "libssl3",
                                        "curl",
                                        "libcurl4",
                                        "openssh-server",
                                        "openssh-client",
                                        "systemd",
                                        "libsystemd0",
                                        "tzdata",
                                        "linux-image-generic",
                                        "python3.10",
                                        "libpython3.10",
                                        "sudo",
                                        "vim-common",
                                        "bind9-libs",
                                        "libxml2",
                                        "git",
                                        "nginx-common",
                                        "libnginx-mod-http-geoip2",
                                        "rsyslog"};
    QByteArray out =
        "Hit:1 http://mirrors.cloud.aliyuncs.com/ubuntu jammy InRelease\n"
        "Get:2 http://mirrors.cloud.aliyuncs.com/ubuntu jammy-updates InRelease [119 kB]\n"
        "Get:3 http://mirrors.cloud.aliyuncs.com/ubuntu jammy-security InRelease [110 kB]\n"
        "Fetched 229 kB in 1s (312 kB/s)\nReading package lists...\n"
        "Building dependency tree...\nReading state information...\n"
        "Calculating upgrade...\nThe following packages will be upgraded:\n";
    const auto packageName = [](int i) -> QByteArray {
        return QByteArray(names[i % 20]) + (i >= 20 ? '-' + QByteArray::number(i) : QByteArray());
    };
    for (int i = 0; i < packages; ++i)
        out += "  " + packageName(i) + '\n';
    out += QByteArray::number(packages) +
           " upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n";
    for (int i = 0; i < packages; ++i) {
        const QByteArray name = packageName(i);
        const QByteArray version = QByteArray::number(rng.bounded(1, 4)) + '.' +
                                   QByteArray::number(rng.bounded(0, 20)) + '-' +
                                   QByteArray::number(rng.bounded(1, 9)) + "ubuntu0." +
                                   QByteArray::number(rng.bounded(1, 5));
        out += "Get:" + QByteArray::number(i + 4) +
               " http://mirrors.cloud.aliyuncs.com/ubuntu "
               "jammy-updates/main amd64 " +
               name + " amd64 " + version + " [" + QByteArray::number(rng.bounded(20, 3000)) +
               " kB]\n";
        out += "Preparing to unpack .../" + name + "_" + version + "_amd64.deb ...\n";
        out += "Unpacking " + name + " (" + version + ") over (" + version + "~old) ...\n";
        out += "Setting up " + name + " (" + version + ") ...\n";
    }
    out += "Processing triggers for man-db (2.10.2-1) ...\nProcessing triggers for libc-bin "
           "(2.35-0ubuntu3.8) ...\n";
    return out;
}

QByteArray dpkgLocked(QRandomGenerator &rng)
{
    return "Reading package lists...\n"
           "E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process " +
           QByteArray::number(rng.bounded(1000, 99999)) +
           " (unattended-upgr)\nN: Be aware that removing the lock file is not a solution "
           "and may break your system.\nE: Unable to acquire the dpkg frontend lock "
           "(/var/lib/dpkg/lock-frontend), is another process using it?\n";
}

QByteArray nginxRestarted(QRandomGenerator &rng)
{
    return "nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\n"
           "nginx: configuration file /etc/nginx/nginx.conf test is successful\n"
           "● nginx.service - A high performance web server and a reverse proxy server\n"
           "     Loaded: loaded (/lib/systemd/system/nginx.service; enabled; vendor preset: "
           "enabled)\n"
           "     Active: active (running) since now; 2s ago\n"
           "   Main PID: " +
           QByteArray::number(rng.bounded(1000, 99999)) +
           " (nginx)\n      Tasks: 5 (limit: 9257)\n";
}

QByteArray nginxFailed(QRandomGenerator &rng, const DemoInstance &instance)
{
    return "nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)\n"
           "nginx: configuration file /etc/nginx/nginx.conf test failed\n"
           "Job for nginx.service failed because the control process exited with error code.\n"
           "See \"systemctl status nginx.service\" and \"journalctl -xeu nginx.service\" for "
           "details.\n" +
           instance.hostName.toUtf8() +
           " systemd[1]: nginx.service: Control process exited, "
           "code=exited, status=1/FAILURE (pid " +
           QByteArray::number(rng.bounded(1000, 99999)) + ")\n";
}

QByteArray collectedLogs(QRandomGenerator &rng, int printedBytes)
{
    static const char *const messages[] = {
        "GET /api/v1/orders 200 12ms",
        "POST /api/v1/checkout 502 3004ms upstream timed out",
        "worker heartbeat ok",
        "订单同步完成，耗时 183 ms",
        "cache miss ratio 0.07",
        "WARN slow query 2314ms: SELECT * FROM orders WHERE status = 'pending'",
        "用户登录失败：密码错误",
        "ERROR connection reset by peer (redis-01:6379)"};
    QByteArray out;
    int second = 0;
    while (out.size() < printedBytes) {
        out += latin(QString::asprintf("2026-11-%02d %02d:%02d:%02d.%03d ", 20 + second / 86400 % 9,
                                       second / 3600 % 24, second / 60 % 60, second % 60,
                                       rng.bounded(1000)));
        out += QByteArray(messages[rng.bounded(8)]) + " req=" + hexId(rng, 12) + '\n';
        second += rng.bounded(1, 40);
    }
    return out.left(printedBytes);
}

QByteArray windowsInventory(QRandomGenerator &rng, const DemoInstance &instance)
{
    const int memoryGb = 8 << rng.bounded(3);
    if (instance.chineseWindows) {
        return gbk(QStringLiteral("你好\r\n"
                                  "主机名:           %1\r\n"
                                  "OS 名称:          Microsoft Windows Server 2019 Datacenter\r\n"
                                  "OS 版本:          10.0.17763 暂缺 Build 17763\r\n"
                                  "系统制造商:       Alibaba Cloud\r\n"
                                  "物理内存总量:     %2,048 MB\r\n"
                                  "已安装的修补程序: %3 个修补程序。\r\n"
                                  "网卡:             1 个 NIC。\r\n"
                                  "服务 \"W32Time\" 正在运行。\r\n")
                       .arg(instance.hostName)
                       .arg(memoryGb)
                       .arg(rng.bounded(4, 30)));
    }
    return crlf(
        {QStringLiteral("Host Name:                 %1").arg(instance.hostName),
         QStringLiteral("OS Name:                   Microsoft Windows Server 2022 Datacenter"),
         QStringLiteral("OS Version:                10.0.20348 N/A Build 20348"),
         QStringLiteral("System Manufacturer:       Alibaba Cloud"),
         QStringLiteral("Total Physical Memory:     %1,384 MB").arg(memoryGb),
         QStringLiteral("Hotfix(s):                 %1 Hotfix(s) Installed.")
             .arg(rng.bounded(4, 30)),
         QString(), QStringLiteral("Name      Status  StartType"),
         QStringLiteral("----      ------  ---------"),
         QStringLiteral("W32Time   Running Automatic"),
         QStringLiteral("WinRM     Running Automatic")});
}

QByteArray windowsInventoryUtf16(const DemoInstance &instance)
{
    const QString text =
        QStringLiteral("Host Name: %1\r\nOS Name: Microsoft Windows Server 2022 "
                       "Datacenter\r\nInstalled roles: Web-Server, NET-Framework-45"
                       "\r\n")
            .arg(instance.hostName);
    QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    return encoder.encode(text);
}

QByteArray javaStackTrace(QRandomGenerator &rng)
{
    return "Starting report job daily-revenue (batch " + QByteArray::number(rng.bounded(100, 999)) +
           ")\nException in thread \"main\" java.lang.NullPointerException: Cannot invoke "
           "\"com.example.report.Row.amount()\" because \"row\" is null\n"
           "\tat com.example.report.RevenueReport.sum(RevenueReport.java:88)\n"
           "\tat com.example.report.RevenueReport.build(RevenueReport.java:41)\n"
           "\tat com.example.report.Main.main(Main.java:17)\n";
}

QByteArray pythonTraceback(QRandomGenerator &rng)
{
    return "Traceback (most recent call last):\n"
           "  File \"/opt/tools/export_metrics.py\", line " +
           QByteArray::number(rng.bounded(20, 300)) +
           ", in <module>\n    main()\n  File \"/opt/tools/export_metrics.py\", line 57, in "
           "main\n    rows = fetch(conn)\nKeyError: 'region'\n";
}

QByteArray deployHealthCheckFailed()
{
    return "Pulling registry.example.internal/shop/app:2.0.0 ... done\n"
           "Stopping app-v1 ... done\nStarting app-v2 ... done\n"
           "Waiting for http://127.0.0.1:8080/healthz ...\n"
           "ERROR: health check failed after 30 attempts: connection refused\n"
           "Rolling back to app-v1 ... done\n";
}

QByteArray deployMigrationFailed(QRandomGenerator &rng, const DemoInstance &instance)
{
    return "Pulling registry.example.internal/shop/app:2.0.0 ... done\n"
           "Running database migration 0042_add_order_index on " +
           instance.instanceName.toUtf8() +
           "\nERROR: duplicate key value violates unique "
           "constraint \"orders_pkey\"\nDETAIL: Key (id)=(" +
           QByteArray::number(rng.bounded(100000, 999999)) + ") already exists. (txid " +
           QByteArray::number(rng.bounded(10000000, 99999999)) + ", request " + hexId(rng, 16) +
           ")\nmigration aborted, app-v1 left running\n";
}

QByteArray deploySucceeded(QRandomGenerator &rng, const DemoInstance &instance)
{
    return "Pulling registry.example.internal/shop/app:2.0.0 ... done\n"
           "Stopping app-v1 ... done\nStarting app-v2 ... done\n"
           "health check passed after " +
           QByteArray::number(rng.bounded(2, 9)) + " attempts\n" + green + "deployed app-v2 on " +
           instance.instanceName.toUtf8() + reset + '\n';
}

QByteArray windowsUpdates(QRandomGenerator &rng, bool rebootNeeded)
{
    QStringList lines{QStringLiteral("Searching for updates..."),
                      QStringLiteral("Found %1 updates.").arg(rng.bounded(2, 7)),
                      QStringLiteral("Installing KB50%1 (Cumulative Update for Windows Server)")
                          .arg(rng.bounded(10000, 99999)),
                      QStringLiteral("Installing KB890830 (Malicious Software Removal Tool)")};
    lines.append(rebootNeeded ? QStringLiteral("Installation complete. A restart is required.")
                              : QStringLiteral("Installation complete."));
    return crlf(lines);
}

QByteArray sqlBackupChinese(QRandomGenerator &rng, const DemoInstance &instance)
{
    return gbk(QStringLiteral("已为数据库 'ERP'，文件 'ERP' (位于文件 1 上)处理了 %1 页。\r\n"
                              "BACKUP DATABASE 成功处理了 %1 页，花费 %2.%3 秒。\r\n"
                              "备份文件: D:\\Backup\\%4_ERP.bak\r\n")
                   .arg(rng.bounded(10000, 90000))
                   .arg(rng.bounded(1, 60))
                   .arg(rng.bounded(100, 999))
                   .arg(instance.hostName));
}

QByteArray logRotation(QRandomGenerator &rng, const QDateTime &when)
{
    return "rotating pattern: /var/log/app/*.log  after 1 days (7 rotations)\n"
           "considering log /var/log/app/access.log\n  log needs rotating\n"
           "rotating log /var/log/app/access.log, log->rotateCount is 7\n"
           "compressed access.log." +
           when.toString(QStringLiteral("yyyyMMddHH")).toUtf8() + ".gz (" +
           QByteArray::number(rng.bounded(10, 900)) + " MB)\n";
}

QByteArray diagnostics(QRandomGenerator &rng, const DemoInstance &instance, bool complete)
{
    QByteArray out = "collecting diagnostics on " + instance.instanceName.toUtf8() +
                     "\n"
                     "uptime: " +
                     QByteArray::number(rng.bounded(1, 300)) +
                     " days\n"
                     "load average: 0." +
                     QByteArray::number(rng.bounded(10, 99)) + "\n";
    if (complete)
        out += "open files: " + QByteArray::number(rng.bounded(1000, 60000)) +
               "\ndiagnostics written to /tmp/diag.tar.gz\n";
    return out;
}

QByteArray htmlLookingText()
{
    return "<html><body><h1>502 Bad Gateway</h1><script>alert('x')</script></body></html>\n"
           "curl: (22) The requested URL returned error: 502\n";
}

} // namespace ib::demo::outputs
