#include "api/signer.h"

#include <QTest>

using namespace ib::api;

namespace {

const QString publishedNonce = QStringLiteral("3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf");
const QString publishedTimestamp = QStringLiteral("2016-02-23T12:46:24Z");

Parameters commonV1(const QString &format)
{
    return {{QStringLiteral("AccessKeyId"), QStringLiteral("testid")},
            {QStringLiteral("Format"), format},
            {QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1")},
            {QStringLiteral("SignatureNonce"), publishedNonce},
            {QStringLiteral("SignatureVersion"), QStringLiteral("1.0")},
            {QStringLiteral("Timestamp"), publishedTimestamp},
            {QStringLiteral("Version"), QStringLiteral("2014-05-26")}};
}

} // namespace

class TestSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentEncodesPerRfc3986_data();
    void percentEncodesPerRfc3986();
    void sortsByBytesNotLocale();
    void v1PublishedDescribeRegions();
    void v1PublishedDescribeDedicatedHosts();
    void v1TagsWithSpaceStarTildePlus();
    void v1NextTokenWithPlusSlashEquals();
    void v3PublishedRunInstances();
    void v3AuthorizationHeader();
};

void TestSigner::percentEncodesPerRfc3986_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("unreserved") << QStringLiteral("Az09-_.~") << QByteArray("Az09-_.~");
    QTest::newRow("space is %20") << QStringLiteral("a b") << QByteArray("a%20b");
    QTest::newRow("star") << QStringLiteral("a*b") << QByteArray("a%2Ab");
    QTest::newRow("plus slash equals") << QStringLiteral("+/=") << QByteArray("%2B%2F%3D");
    QTest::newRow("colon") << QStringLiteral("12:46") << QByteArray("12%3A46");
    QTest::newRow("utf-8, upper-case hex") << QStringLiteral("执行") << QByteArray("%E6%89%A7%E8%A1%8C");
}

void TestSigner::percentEncodesPerRfc3986()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, encoded);
    QCOMPARE(percentEncode(text), encoded);
}

void TestSigner::sortsByBytesNotLocale()
{
    const Parameters parameters{{QStringLiteral("Tag.1.Key"), QStringLiteral("k")},
                                {QStringLiteral("SignatureVersion"), QStringLiteral("1.0")},
                                {QStringLiteral("action"), QStringLiteral("x")},
                                {QStringLiteral("Action"), QStringLiteral("y")}};
    QCOMPARE(canonicalQuery(parameters),
             QByteArray("Action=y&SignatureVersion=1.0&Tag.1.Key=k&action=x"));
}

void TestSigner::v1PublishedDescribeRegions()
{
    Parameters parameters = commonV1(QStringLiteral("XML"));
    parameters.append({QStringLiteral("Action"), QStringLiteral("DescribeRegions")});

    QCOMPARE(v1::stringToSign("GET", parameters),
             QByteArray("GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML"
                        "%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-"
                        "a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12"
                        "%253A46%253A24Z%26Version%3D2014-05-26"));
    QCOMPARE(v1::signature(QStringLiteral("testsecret"), "GET", parameters),
             QByteArray("OLeaidS1JvxuMvnyHOwuJ+uX5qY="));
}

void TestSigner::v1PublishedDescribeDedicatedHosts()
{
    const Parameters parameters{
        {QStringLiteral("AccessKeyId"), QStringLiteral("testid")},
        {QStringLiteral("Action"), QStringLiteral("DescribeDedicatedHosts")},
        {QStringLiteral("Format"), QStringLiteral("JSON")},
        {QStringLiteral("RegionId"), QStringLiteral("cn-beijing")},
        {QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1")},
        {QStringLiteral("SignatureNonce"), QStringLiteral("edb2b34af0af9a6d14deaf7c1a5315eb")},
        {QStringLiteral("SignatureVersion"), QStringLiteral("1.0")},
        {QStringLiteral("Timestamp"), QStringLiteral("2023-03-13T08:34:30Z")},
        {QStringLiteral("Version"), QStringLiteral("2014-05-26")}};
    QCOMPARE(v1::signature(QStringLiteral("testsecret"), "GET", parameters),
             QByteArray("9NaGiOspFP5UPcwX8Iwt2YJXXuk="));
}

void TestSigner::v1TagsWithSpaceStarTildePlus()
{
    Parameters parameters = commonV1(QStringLiteral("JSON"));
    parameters.append({{QStringLiteral("Action"), QStringLiteral("DescribeInvocationResults")},
                       {QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                       {QStringLiteral("InvokeId"), QStringLiteral("t-hz0jdfwd9f****")},
                       {QStringLiteral("ContentEncoding"), QStringLiteral("Base64")},
                       {QStringLiteral("MaxResults"), QStringLiteral("50")},
                       {QStringLiteral("Tag.1.Key"), QStringLiteral("env name")},
                       {QStringLiteral("Tag.1.Value"), QStringLiteral("a*b~c+d")}});

    QVERIFY(canonicalQuery(parameters).endsWith(
        "Tag.1.Key=env%20name&Tag.1.Value=a%2Ab~c%2Bd&Timestamp=2016-02-23T12%3A46%3A24Z"
        "&Version=2014-05-26"));
    QCOMPARE(v1::signature(QStringLiteral("testsecret"), "GET", parameters),
             QByteArray("7kcieqITuGaSQAxderpP9Bpiyxg="));
}

void TestSigner::v1NextTokenWithPlusSlashEquals()
{
    const Parameters parameters{{QStringLiteral("NextToken"), QStringLiteral("AAAAAdDW+BF2/x==")}};
    QCOMPARE(canonicalQuery(parameters), QByteArray("NextToken=AAAAAdDW%2BBF2%2Fx%3D%3D"));
    QVERIFY(v1::stringToSign("GET", parameters).contains("AAAAAdDW%252BBF2%252Fx%253D%253D"));
}

void TestSigner::v3PublishedRunInstances()
{
    v3::Request request;
    request.method = "POST";
    request.query = {
        {QStringLiteral("ImageId"), QStringLiteral("win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd")},
        {QStringLiteral("RegionId"), QStringLiteral("cn-shanghai")}};
    request.headers = {{"host", "ecs.cn-shanghai.aliyuncs.com"},
                       {"x-acs-action", "RunInstances"},
                       {"x-acs-version", "2014-05-26"},
                       {"x-acs-date", "2023-10-26T10:22:32Z"},
                       {"x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"},
                       {"x-acs-content-sha256", v3::hashedPayload({})},
                       {"User-Agent", "not signed"}};

    QCOMPARE(v3::hashedPayload({}),
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(v3::signedHeaders(request),
             QByteArray("host;x-acs-action;x-acs-content-sha256;x-acs-date;"
                        "x-acs-signature-nonce;x-acs-version"));
    QCOMPARE(v3::signature(QStringLiteral("YourAccessKeySecret"), request),
             QByteArray("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
}

void TestSigner::v3AuthorizationHeader()
{
    v3::Request request;
    request.method = "GET";
    request.headers = {{"Host", "example.invalid"}, {"X-Acs-Date", " 2023-10-26T10:22:32Z "}};
    const QByteArray expected = "ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host;x-acs-date,"
                                "Signature="
                                + v3::signature(QStringLiteral("secret"), request);
    QCOMPARE(v3::authorization(QStringLiteral("id"), QStringLiteral("secret"), request), expected);
    QVERIFY(v3::canonicalRequest(request).contains("x-acs-date:2023-10-26T10:22:32Z\n"));
}

QTEST_GUILESS_MAIN(TestSigner)
#include "test_signer.moc"
