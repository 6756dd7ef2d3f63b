<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/core/api/apierror.cpp" line="+25"/>
        <source>(Request ID %1)</source>
        <translation>（请求 ID %1）</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The endpoint answered HTTP %1 without an error code; it may be overloaded. Try again in a few minutes.</source>
        <translation>接入点返回了 HTTP %1，但没有错误码；它可能负载过高。请过几分钟再试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The endpoint answered HTTP %1 without an error code. Check that the endpoint address points to the ECS API.</source>
        <translation>接入点返回了 HTTP %1，但没有错误码。请检查接入点地址是否指向 ECS API。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The endpoint answered with a redirect to &quot;%1&quot;, which is not followed. If you trust that address, set it as the profile&apos;s endpoint.</source>
        <translation>接入点要求重定向到“%1”，程序不会跟随重定向。如果信任该地址，请将其设为此配置的接入点。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The endpoint sent nothing for %1 s. Check your network connection and proxy settings, then try again.</source>
        <translation>接入点在 %1 秒内没有返回任何数据。请检查网络连接和代理设置，然后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The endpoint&apos;s answer could not be read: %1 Try again; if it keeps happening, check that the endpoint address points to the ECS API.</source>
        <translation>无法读取接入点的响应：%1 请重试；如果问题持续出现，请检查接入点地址是否指向 ECS API。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The endpoint&apos;s answer was larger than %1 bytes and was not read. Check that the endpoint address points to the ECS API.</source>
        <translation>接入点的响应超过 %1 字节，未予读取。请检查接入点地址是否指向 ECS API。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refusing to send credentials over plain http to &quot;%1&quot;. Use an https:// endpoint; plain http is allowed only to this computer (loopback).</source>
        <translation>拒绝通过明文 http 向“%1”发送凭证。请使用 https:// 接入点；明文 http 仅允许用于本机（环回地址）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service could not verify the request signature: the AccessKey secret is most likely wrong. Enter the secret that belongs to this AccessKey ID again.</source>
        <translation>服务无法验证请求签名：AccessKey Secret 很可能不正确。请重新输入与此 AccessKey ID 对应的 Secret。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service does not know this AccessKey ID. Check that it was copied completely and that the key has not been deleted.</source>
        <translation>服务不认识此 AccessKey ID。请检查它是否复制完整，以及该密钥是否已被删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This AccessKey is disabled. Enable it in the RAM console or use another key.</source>
        <translation>此 AccessKey 已被禁用。请在 RAM 控制台中启用它，或改用其他密钥。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service rejected the request time format. Please report this as a bug.</source>
        <translation>服务拒绝了请求时间的格式。请将此问题作为缺陷报告。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service rejected the STS security token: it is expired, malformed or belongs to another AccessKey. Get a new token and update the profile.</source>
        <translation>服务拒绝了 STS 安全令牌：它已过期、格式错误或属于其他 AccessKey。请获取新的令牌并更新配置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service has already seen this request&apos;s nonce, as if the request had been replayed. Try again; if it repeats, check any proxy between you and the endpoint.</source>
        <translation>服务已见过此请求的随机数（Nonce），像是请求被重放了。请重试；如果再次出现，请检查您与接入点之间的代理。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your RAM identity is not allowed to call %1. Ask an administrator to grant the action %1, for example with a read-only ECS policy.</source>
        <translation>您的 RAM 身份无权调用 %1。请让管理员授予 %1 操作的权限，例如授予 ECS 只读策略。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your RAM identity is not allowed to make this call. Ask an administrator to grant read access to ECS and Cloud Assistant.</source>
        <translation>您的 RAM 身份无权进行此调用。请让管理员授予 ECS 和云助手的读取权限。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No region was given. Choose a region for the profile and try again.</source>
        <translation>未指定地域。请为此配置选择地域后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The region is not known to this endpoint. Choose another region, or check that the endpoint belongs to the region.</source>
        <translation>此接入点不认识该地域。请选择其他地域，或检查接入点是否属于该地域。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service rejected a query value (%1): %2 Check the query fields and try again.</source>
        <translation>服务拒绝了一个查询值（%1）：%2 请检查查询字段后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service is limiting the request rate and the retries ran out. Wait a minute, then try again with fewer invoke ids at once.</source>
        <translation>服务正在限制请求频率，重试次数已用完。请等待一分钟，然后减少一次查询的调用 ID 数量再试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service is temporarily unavailable and the retries ran out. Try again in a few minutes.</source>
        <translation>服务暂时不可用，重试次数已用完。请过几分钟再试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service had an internal error and the retries ran out. Try again later; if it persists, contact support with the request ID.</source>
        <translation>服务发生内部错误，重试次数已用完。请稍后再试；如果问题持续，请携带请求 ID 联系技术支持。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service answered %1: %2</source>
        <translation>服务返回 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service rejected the request time. Check that this computer&apos;s clock, date and time zone are correct, then try again.</source>
        <translation>服务拒绝了请求时间。请检查本机的时钟、日期和时区是否正确，然后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s clock is %1 min behind the service&apos;s clock. Correct the system time (turn on network time) and try again.</source>
        <translation>本机时钟比服务时钟慢 %1 分钟。请校正系统时间（开启网络时间同步）后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s clock is %1 min ahead of the service&apos;s clock. Correct the system time (turn on network time) and try again.</source>
        <translation>本机时钟比服务时钟快 %1 分钟。请校正系统时间（开启网络时间同步）后重试。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The endpoint host could not be found (%1). Check the endpoint address, your network connection and DNS.</source>
        <translation>找不到接入点主机（%1）。请检查接入点地址、网络连接和 DNS。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The endpoint refused the connection (%1). Check the endpoint address and port.</source>
        <translation>接入点拒绝了连接（%1）。请检查接入点地址和端口。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The endpoint closed the connection before answering, and the retries ran out. Try again later.</source>
        <translation>接入点在响应前关闭了连接，重试次数已用完。请稍后再试。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The proxy could not be used (%1). Check the system proxy settings.</source>
        <translation>无法使用代理（%1）。请检查系统代理设置。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A secure connection to the endpoint could not be established (%1). Check the endpoint address, the system&apos;s certificates and any proxy that intercepts TLS; certificate checks are never turned off.</source>
        <translation>无法与接入点建立安全连接（%1）。请检查接入点地址、系统证书以及任何拦截 TLS 的代理；证书校验始终不会关闭。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request could not be completed (%1). Check your network connection and try again.</source>
        <translation>请求未能完成（%1）。请检查网络连接后重试。</translation>
    </message>
    <message>
        <location filename="../app/core/api/signedrequest.cpp" line="+124"/>
        <source>The endpoint &quot;%1&quot; is not a usable address. Enter it as https://ecs.&lt;region&gt;.aliyuncs.com or pick a region.</source>
        <translation>接入点“%1”不是可用的地址。请按 https://ecs.&lt;地域&gt;.aliyuncs.com 的格式输入，或选择一个地域。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The profile has no AccessKey ID or secret. Enter both and try again.</source>
        <translation>此配置缺少 AccessKey ID 或 Secret。请两者都填写后重试。</translation>
    </message>
</context>
<context>
    <name>DemoEndpoint</name>
    <message>
        <location filename="../app/demo/main.cpp" line="+61"/>
        <source>--%1 takes a whole number from 0 to %2, not &quot;%3&quot;.</source>
        <translation>--%1 需要 0 到 %2 之间的整数，而不是“%3”。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A local endpoint that speaks the ECS Cloud Assistant API over a generated fleet.</source>
        <translation>一个本地接入点，基于生成的实例集群提供 ECS 云助手 API。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port on 127.0.0.1 (0: any free).</source>
        <translation>在 127.0.0.1 上监听的端口（0：任意空闲端口）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access key id to accept.</source>
        <translation>接受的 AccessKey ID。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access key secret to accept.</source>
        <translation>接受的 AccessKey Secret。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STS token every request must carry.</source>
        <translation>每个请求都必须携带的 STS Token。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed of the generated fleet.</source>
        <translation>生成实例集群所用的随机种子。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long the newest results stay Pending, then Running.</source>
        <translation>最新的结果依次停留在 Pending 和 Running 状态的时长。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer a NextToken with an empty page and the same token.</source>
        <translation>对携带 NextToken 的请求，返回一个空页和同一个 NextToken。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delay every reply.</source>
        <translation>延迟每个响应。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Throttle every Nth request.</source>
        <translation>对每第 N 个请求进行限流。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Throttle the next N requests.</source>
        <translation>对接下来的 N 个请求进行限流。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer the next N requests with ServiceUnavailable.</source>
        <translation>对接下来的 N 个请求返回 ServiceUnavailable。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the connection mid-body on the next N replies.</source>
        <translation>在接下来的 N 个响应中，于响应体发送到一半时关闭连接。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send JSON that does not parse on the next N replies.</source>
        <translation>在接下来的 N 个响应中发送无法解析的 JSON。</translation>
    </message>
</context>
<context>
    <name>ResultPoller</name>
    <message numerus="yes">
        <location filename="../app/core/triage/resultpoller.cpp" line="+26"/>
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n 条成功</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n 条失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n stopped or other</source>
        <translation>
            <numerusform>%n 条已停止或处于其他状态</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n result(s): %1</source>
        <translation>
            <numerusform>%n 条结果：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedResponses</name>
    <message>
        <location filename="../app/core/triage/savedresponses.cpp" line="+78"/>
        <source>%1 is empty: it holds no saved response.</source>
        <translation>%1 是空文件：其中没有已保存的响应。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, page %2</source>
        <translation>%1，第 %2 页</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a saved DescribeInvocationResults response: %2</source>
        <translation>%1 不是已保存的 DescribeInvocationResults 响应：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 could not be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too large (%2 MB) to be a saved response.</source>
        <translation>%1 太大（%2 MB），不可能是已保存的响应。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>ib::CliConfig</name>
    <message>
        <location filename="../app/core/credentials/cliconfig.cpp" line="+31"/>
        <source>assumes a RAM role through STS each time it is used; import its source access key instead, or an STS token</source>
        <translation>每次使用时都通过 STS 扮演 RAM 角色；请改为导入其源访问密钥，或导入 STS Token</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>takes credentials from the metadata service of the ECS instance it runs on</source>
        <translation>从其所在 ECS 实例的元数据服务获取凭证</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signs in with an RSA key pair, a mode the vendor has retired</source>
        <translation>使用 RSA 密钥对登录，该模式已被厂商停用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>assumes a RAM role from the ECS instance role, a mode the vendor has retired</source>
        <translation>通过 ECS 实例角色扮演 RAM 角色，该模式已被厂商停用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>assumes a RAM role starting from another profile each time it is used</source>
        <translation>每次使用时都从另一个配置出发扮演 RAM 角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>runs an external program to get credentials</source>
        <translation>运行外部程序获取凭证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fetches credentials from a URI each time it is used</source>
        <translation>每次使用时都从一个 URI 获取凭证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchanges an OIDC token for credentials each time it is used</source>
        <translation>每次使用时都用 OIDC Token 换取凭证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signs in through CloudSSO in a browser</source>
        <translation>在浏览器中通过云 SSO 登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signs in through OAuth in a browser</source>
        <translation>在浏览器中通过 OAuth 登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uses a bearer token, which signed ECS requests do not accept</source>
        <translation>使用 Bearer Token，而签名的 ECS 请求不接受这种令牌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has no credentials</source>
        <translation>没有凭证</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is not configured yet (it has no mode)</source>
        <translation>尚未配置（没有凭证模式）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uses the mode &quot;%1&quot;, which this program does not know</source>
        <translation>使用了本程序不认识的模式“%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>has no access_key_id</source>
        <translation>缺少 access_key_id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has no access_key_secret</source>
        <translation>缺少 access_key_secret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is in StsToken mode but has no sts_token</source>
        <translation>处于 StsToken 模式，但缺少 sts_token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has a name this program cannot use (empty, or containing &apos;/&apos; or &apos;\&apos;)</source>
        <translation>名称无法被本程序使用（为空，或包含“/”或“\”）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 at line %2, column %3</source>
        <translation>%1（第 %2 行，第 %3 列）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is no CLI configuration at %1. Run &quot;aliyun configure&quot; first, or choose the file where it is.</source>
        <translation>%1 处没有 CLI 配置。请先运行“aliyun configure”，或选择 CLI 配置所在的文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not valid JSON (%2). Nothing was imported and the file was not changed.</source>
        <translation>%1 不是有效的 JSON（%2）。未导入任何内容，文件也未被修改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no &quot;profiles&quot; list, so it does not look like a CLI configuration. Nothing was imported and the file was not changed.</source>
        <translation>%1 中没有“profiles”列表，看起来不是 CLI 配置文件。未导入任何内容，文件也未被修改。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
</context>
<context>
    <name>ib::CredentialStore</name>
    <message>
        <location filename="../app/core/credentials/credentialstore.cpp" line="+41"/>
        <source>A profile called &quot;%1&quot; is already in use for this run; choose another name.</source>
        <translation>名为“%1”的配置已在本次运行中使用，请换一个名称。</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+34"/>
        <source>There is no profile called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的配置。</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The profile was removed, but its secrets could not be deleted from the keychain (service &quot;%1&quot;). %2</source>
        <translation>配置已删除，但无法从钥匙串中删除其密钥（服务“%1”）。%2</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>No access key secret is stored for profile &quot;%1&quot;. Open Profiles and enter it.</source>
        <translation>配置“%1”没有保存 AccessKey Secret。请打开“配置”进行输入。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Profile &quot;%1&quot; uses an STS token, but none is stored. Open Profiles and enter a current token.</source>
        <translation>配置“%1”使用 STS Token，但没有保存任何 Token。请打开“配置”并输入当前有效的 Token。</translation>
    </message>
</context>
<context>
    <name>ib::EnvironmentCredentials</name>
    <message>
        <location filename="../app/core/credentials/environmentcredentials.cpp" line="+66"/>
        <source>%1 is set but %2 is not. Set both to use the access key from the environment.</source>
        <translation>已设置 %1，但未设置 %2。请同时设置两者，才能使用环境变量中的访问密钥。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No access key was found in the environment. Set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN for an STS token), then start the program again.</source>
        <translation>环境变量中没有找到访问密钥。请设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET（使用 STS Token 时还需设置 ALIBABA_CLOUD_SECURITY_TOKEN），然后重新启动程序。</translation>
    </message>
</context>
<context>
    <name>ib::FileErrorText</name>
    <message>
        <location filename="../app/core/export/fileerror.cpp" line="+22"/>
        <source>standard output</source>
        <translation>标准输出</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You do not have permission to write “%1”. Choose a folder you can write to, or ask for write access to this one.</source>
        <translation>您没有写入“%1”的权限。请选择一个您可以写入的文件夹，或申请此文件夹的写入权限。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is on a read-only disk. Choose a folder on another disk.</source>
        <translation>“%1”位于只读磁盘上。请选择其他磁盘上的文件夹。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk is full, so “%1” could not be written. Free some space or choose another disk, then export again.</source>
        <translation>磁盘已满，无法写入“%1”。请释放一些空间或选择其他磁盘，然后重新导出。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is a folder. Choose a file name inside it.</source>
        <translation>“%1”是一个文件夹。请在其中选择一个文件名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder for “%1” does not exist. Choose an existing folder.</source>
        <translation>“%1”所在的文件夹不存在。请选择一个已有的文件夹。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” could not be replaced (%2). The previous file is unchanged; close any program that has it open and export again.</source>
        <translation>无法替换“%1”（%2）。原有文件未被改动；请关闭打开了该文件的程序，然后重新导出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” could not be written (%2). Choose another file or folder and export again.</source>
        <translation>无法写入“%1”（%2）。请选择其他文件或文件夹，然后重新导出。</translation>
    </message>
</context>
<context>
    <name>ib::NameDirectory</name>
    <message>
        <location filename="../app/core/triage/namedirectory.cpp" line="+159"/>
        <source>Names could not be looked up, so ids are shown instead: %1</source>
        <translation>无法查询名称，因此改为显示 ID：%1</translation>
    </message>
</context>
<context>
    <name>ib::Profile</name>
    <message>
        <location filename="../app/core/credentials/profile.cpp" line="+58"/>
        <source>Give the profile a name.</source>
        <translation>请为配置命名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile name cannot start or end with a space.</source>
        <translation>配置名称不能以空格开头或结尾。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the profile name to %1 characters or fewer.</source>
        <translation>配置名称不能超过 %1 个字符。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A profile name cannot contain &apos;/&apos; or &apos;\&apos;.</source>
        <translation>配置名称不能包含“/”或“\”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile name cannot contain control characters.</source>
        <translation>配置名称不能包含控制字符。</translation>
    </message>
</context>
<context>
    <name>ib::ProfileStore</name>
    <message>
        <location filename="../app/core/credentials/profilestore.cpp" line="+104"/>
        <source>A profile called &quot;%1&quot; already exists; choose another name.</source>
        <translation>名为“%1”的配置已存在，请换一个名称。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>There is no profile called &quot;%1&quot; any more.</source>
        <translation>名为“%1”的配置已不存在。</translation>
    </message>
</context>
<context>
    <name>ib::ResultExport</name>
    <message>
        <location filename="../app/core/export/resultexport.cpp" line="+116"/>
        <source>Export cancelled. “%1” was not written; any previous file is unchanged.</source>
        <translation>导出已取消。未写入“%1”；原有文件（如有）未被改动。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The table changed while it was being exported, so the file would not match it. Export again once the query has finished.</source>
        <translation>导出期间表格发生了变化，导出的文件将与表格不一致。请在查询完成后重新导出。</translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>Exported %n row(s) to “%1”.</source>
        <translation>
            <numerusform>已将 %n 行导出到“%1”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ib::ResultFilter</name>
    <message>
        <location filename="../app/core/models/resultfilter.cpp" line="+101"/>
        <source>The output pattern is not a valid regular expression: %1 at character %2.</source>
        <translation>输出筛选模式不是有效的正则表达式：%1（第 %2 个字符处）。</translation>
    </message>
</context>
<context>
    <name>ib::ResultGroupModel</name>
    <message numerus="yes">
        <location filename="../app/core/models/resultgroupmodel.cpp" line="+71"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Results</source>
        <translation>结果数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit code</source>
        <translation>退出码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>(no error code)</source>
        <translation>（无错误码）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(no output yet)</source>
        <translation>（尚无输出）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no output)</source>
        <translation>（无输出）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no output) error code %1</source>
        <translation>（无输出）错误码 %1</translation>
    </message>
</context>
<context>
    <name>ib::ResultMeaning</name>
    <message>
        <location filename="../app/core/results/errorcodes.cpp" line="+19"/>
        <source>The instance does not exist. Check the instance ID and that the query uses the instance&apos;s region.</source>
        <translation>实例不存在。请检查实例 ID，以及查询是否使用了该实例所在的地域。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The instance was released while the command was pending or running. Run the command on another instance if it is still needed.</source>
        <translation>命令等待或运行期间，实例已被释放。如仍需要，请在其他实例上运行该命令。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The instance was not running when the command was sent. Start the instance and run the command again.</source>
        <translation>发送命令时实例未在运行。请启动实例后重新运行命令。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The command type does not fit the instance&apos;s operating system, such as a shell script sent to Windows. Use a command type the instance can run.</source>
        <translation>命令类型与实例的操作系统不匹配，例如向 Windows 实例发送了 Shell 脚本。请使用实例能够运行的命令类型。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user the command should run as does not exist on the instance. Create the user or choose an existing one.</source>
        <translation>实例上不存在用于运行命令的用户。请创建该用户或选择已有用户。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The working directory does not exist on the instance. Create it or choose another working directory.</source>
        <translation>实例上不存在该工作目录。请创建该目录或选择其他工作目录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The schedule&apos;s cron expression is not valid. Correct the expression and create the scheduled task again.</source>
        <translation>定时计划的 cron 表达式无效。请修正表达式后重新创建定时任务。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Cloud Assistant agent is not running on the instance. Start the agent or reinstall it, then run the command again.</source>
        <translation>实例上的云助手 Agent 未在运行。请启动或重新安装 Agent，然后重新运行命令。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Cloud Assistant agent did not answer. Check that the agent is running and that the instance can reach the Cloud Assistant service, or restart the agent.</source>
        <translation>云助手 Agent 没有响应。请检查 Agent 是否正在运行、实例能否访问云助手服务，或重启 Agent。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Cloud Assistant agent was upgrading itself. Wait a few minutes and run the command again.</source>
        <translation>云助手 Agent 当时正在自行升级。请等待几分钟后重新运行命令。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Cloud Assistant agent on the instance is too old for this command. Upgrade the agent and run the command again.</source>
        <translation>实例上的云助手 Agent 版本过旧，无法运行此命令。请升级 Agent 后重新运行命令。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The command could not be delivered to the instance in time. Check that the agent is running and that the instance can reach the Cloud Assistant service, then run the command again.</source>
        <translation>命令未能及时下发到实例。请检查 Agent 是否正在运行、实例能否访问云助手服务，然后重新运行命令。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The command ran longer than its timeout and was stopped. Raise the timeout or make the command finish sooner.</source>
        <translation>命令运行时间超过了超时时间，已被停止。请增大超时时间，或让命令更快完成。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The command could not be started or failed with an exception on the instance. Read the error information and the output for the cause.</source>
        <translation>命令无法启动，或在实例上因异常而失败。请查看错误信息和输出以了解原因。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The command was interrupted, for example because the instance restarted or the agent stopped. Run it again once the instance is stable.</source>
        <translation>命令被中断，例如实例重启或 Agent 停止。请在实例稳定后重新运行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The command finished with a non-zero exit code, which usually means it failed. Read the output and the exit code&apos;s meaning.</source>
        <translation>命令以非零退出码结束，这通常表示执行失败。请查看输出和退出码的含义。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The instance&apos;s security group rules block the Cloud Assistant service. Allow outbound access to the Cloud Assistant endpoints and run the command again.</source>
        <translation>实例的安全组规则阻止了云助手服务。请放行对云助手服务地址的出方向访问，然后重新运行命令。</translation>
    </message>
    <message>
        <location filename="../app/core/results/resultmeaning.cpp" line="+56"/>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopping</source>
        <translation>停止中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>等待定时执行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PartialFailed</source>
        <translation>部分失败</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>On Windows, 0xC0000005 is an access violation: the program crashed reading or writing memory it does not own.</source>
        <translation>在 Windows 上，0xC0000005 表示访问冲突：程序在读写不属于它的内存时崩溃。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On Windows, 0xC00000FD is a stack overflow: the program crashed.</source>
        <translation>在 Windows 上，0xC00000FD 表示栈溢出：程序已崩溃。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On Windows, 0xC0000409 means the program stopped itself after detecting a stack buffer overrun or a fatal error.</source>
        <translation>在 Windows 上，0xC0000409 表示程序检测到栈缓冲区溢出或致命错误后自行终止。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On Windows, 0xC000013A means the program was ended by Ctrl+C or because its console closed.</source>
        <translation>在 Windows 上，0xC000013A 表示程序被 Ctrl+C 终止，或因其控制台关闭而结束。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On Windows, 0xC0000135 means a DLL the program needs was not found. Install the program&apos;s runtime on the instance.</source>
        <translation>在 Windows 上，0xC0000135 表示找不到程序所需的 DLL。请在实例上安装该程序的运行库。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On Windows, 0xC0000142 means a DLL failed to initialise, often because the command ran without a desktop session.</source>
        <translation>在 Windows 上，0xC0000142 表示 DLL 初始化失败，通常是因为命令在没有桌面会话的情况下运行。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>On Linux, 126 means the command was found but could not be run, often for lack of execute permission.</source>
        <translation>在 Linux 上，126 表示找到了命令但无法运行，通常是缺少执行权限。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On Linux, 127 means the command was not found. Check its spelling and the PATH of the user it runs as.</source>
        <translation>在 Linux 上，127 表示找不到命令。请检查命令拼写以及运行用户的 PATH。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On Linux, 137 means the command was killed with SIGKILL, often by the out-of-memory killer or because it was stopped.</source>
        <translation>在 Linux 上，137 表示命令被 SIGKILL 杀死，通常是被内存不足（OOM）机制终止，或被手动停止。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On Linux, %1 usually means the command was ended by signal %2.</source>
        <translation>在 Linux 上，%1 通常表示命令被信号 %2 终止。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On Linux, %1 usually means the command was ended by signal %2 (%3).</source>
        <translation>在 Linux 上，%1 通常表示命令被信号 %2（%3）终止。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The command reported success.</source>
        <translation>命令报告执行成功。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On Linux, exit code 193 asks the Cloud Assistant agent to stop the instance after the command; it is not an ordinary failure.</source>
        <translation>在 Linux 上，退出码 193 表示要求云助手 Agent 在命令结束后停止实例，并非普通的失败。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On Linux, exit code 194 asks the Cloud Assistant agent to reboot the instance after the command; it is not an ordinary failure.</source>
        <translation>在 Linux 上，退出码 194 表示要求云助手 Agent 在命令结束后重启实例，并非普通的失败。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On Windows, exit code 3009 asks the Cloud Assistant agent to stop the instance after the command; it is not an ordinary failure.</source>
        <translation>在 Windows 上，退出码 3009 表示要求云助手 Agent 在命令结束后停止实例，并非普通的失败。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On Windows, exit code 3010 asks the Cloud Assistant agent to reboot the instance after the command; it is not an ordinary failure.</source>
        <translation>在 Windows 上，退出码 3010 表示要求云助手 Agent 在命令结束后重启实例，并非普通的失败。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A non-zero exit code usually means the command failed; the output should say why.</source>
        <translation>非零退出码通常表示命令执行失败；输出中应该有原因说明。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The command has not started on this instance yet.</source>
        <translation>命令尚未在此实例上开始运行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The command is still running and has printed nothing so far.</source>
        <translation>命令仍在运行，目前还没有任何输出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The command is still running; this output is partial and may change.</source>
        <translation>命令仍在运行；此输出并不完整，之后可能会变化。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service sent no output for this result.</source>
        <translation>服务没有为此结果返回任何输出。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The agent dropped %Ln bytes of this output because it exceeded the size limit. The cut may be in the middle, so the text shown is not continuous.</source>
        <translation>
            <numerusform>此输出超过了大小限制，Agent 丢弃了其中 %Ln 字节。截断处可能位于中间，因此显示的文本并不连续。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The agent dropped %Ln bytes of this output because it exceeded the size limit. The cut may be in the middle, so the text shown is not continuous. The full output was delivered to %1.</source>
        <translation>
            <numerusform>此输出超过了大小限制，Agent 丢弃了其中 %Ln 字节。截断处可能位于中间，因此显示的文本并不连续。完整输出已投递到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ib::ResultParser</name>
    <message>
        <location filename="../app/core/results/resultparser.cpp" line="+102"/>
        <source>The output of invocation %1 on instance %2 is not valid Base64; the readable part is shown and may be damaged.</source>
        <translation>调用 %1 在实例 %2 上的输出不是有效的 Base64；已显示可读取的部分，内容可能已损坏。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The service&apos;s answer is not valid JSON (%1 on line %2).</source>
        <translation>服务的响应不是有效的 JSON（%1，位于第 %2 行）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service answered with error code %1, but the answer is not valid JSON (%2 on line %3).</source>
        <translation>服务返回了错误码 %1，但响应不是有效的 JSON（%2，位于第 %3 行）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The service answered with error code %1: %2</source>
        <translation>服务返回了错误码 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service&apos;s answer has no Invocation part, so it holds no results.</source>
        <translation>服务的响应中没有 Invocation 部分，因此不含任何结果。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The service&apos;s answer is JSON but not an object.</source>
        <translation>服务的响应是 JSON，但不是对象。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The service sent a result that is not a JSON object; it was left out.</source>
        <translation>服务发送的一条结果不是 JSON 对象，已略过。</translation>
    </message>
</context>
<context>
    <name>ib::ResultPoller</name>
    <message>
        <location filename="../app/core/triage/resultpoller.cpp" line="+126"/>
        <source>Following running results: %1</source>
        <translation>跟踪运行中的结果时出错：%1</translation>
    </message>
</context>
<context>
    <name>ib::ResultTableModel</name>
    <message>
        <location filename="../app/core/models/resulttablemodel.cpp" line="+165"/>
        <source>Task status: %1</source>
        <translation>任务状态：%1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance name</source>
        <translation>实例名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command ID</source>
        <translation>命令 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command name</source>
        <translation>命令名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoke ID</source>
        <translation>调用 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit code</source>
        <translation>退出码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeats</source>
        <translation>重复次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dropped bytes</source>
        <translation>丢弃字节数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
</context>
<context>
    <name>ib::SecretStore</name>
    <message>
        <location filename="../app/core/credentials/secretstore.cpp" line="+76"/>
        <source>Access to the keychain was refused. Allow Invocation Browser to use the keychain, or keep the secrets in memory for this run only (they are not saved).</source>
        <translation>访问钥匙串被拒绝。请允许调用结果浏览器使用钥匙串，或者仅在本次运行期间将密钥保留在内存中（不会持久保存）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain is locked or refused access (%1). Unlock it, for example by logging in to the desktop session, or keep the secrets in memory for this run only (they are not saved).</source>
        <translation>钥匙串已锁定或拒绝访问（%1）。请将其解锁（例如登录桌面会话），或者仅在本次运行期间将密钥保留在内存中（不会持久保存）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No keychain is available on this system (%1). Install and start a Secret Service provider such as GNOME Keyring or KeePassXC, or keep the secrets in memory for this run only (they are not saved).</source>
        <translation>此系统上没有可用的钥匙串（%1）。请安装并启动 Secret Service 提供程序（例如 GNOME Keyring 或 KeePassXC），或者仅在本次运行期间将密钥保留在内存中（不会持久保存）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain could not be used (%1). Check that a Secret Service provider such as GNOME Keyring or KeePassXC is running and unlocked, or keep the secrets in memory for this run only (they are not saved).</source>
        <translation>无法使用钥匙串（%1）。请检查 GNOME Keyring 或 KeePassXC 等 Secret Service 提供程序是否正在运行且已解锁，或者仅在本次运行期间将密钥保留在内存中（不会持久保存）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no details given</source>
        <translation>未提供详细信息</translation>
    </message>
</context>
<context>
    <name>ib::StatusSummary</name>
    <message>
        <location filename="../app/core/models/statussummary.cpp" line="+58"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ib::api</name>
    <message>
        <location filename="../app/core/api/jsonbody.cpp" line="+24"/>
        <source>The answer is not valid JSON (%1 at byte %2).</source>
        <translation>响应不是有效的 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The answer has no &quot;%1&quot; field.</source>
        <translation>响应中没有“%1”字段。</translation>
    </message>
</context>
<context>
    <name>ib::api::ActionWalk</name>
    <message>
        <location filename="../app/core/api/actionwalk.cpp" line="+144"/>
        <source>The service sent a page token it had sent before, so fetching stopped after page %1 instead of looping. The results shown may be incomplete; try again later.</source>
        <translation>服务返回了一个之前已发送过的分页令牌，为避免循环，获取在第 %1 页后停止。显示的结果可能不完整，请稍后再试。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service sent %1 empty pages in a row, so fetching stopped. The results shown may be incomplete; try again later.</source>
        <translation>服务连续返回了 %1 个空页，获取已停止。显示的结果可能不完整，请稍后再试。</translation>
    </message>
</context>
<context>
    <name>ib::api::ApiCall</name>
    <message>
        <location filename="../app/core/api/apicall.cpp" line="+156"/>
        <source>The connection closed after %1 of %2 bytes of the answer.</source>
        <translation>连接在收到应答的 %2 字节中的 %1 字节后就关闭了。</translation>
    </message>
</context>
<context>
    <name>ib::api::ResultsWalk</name>
    <message>
        <location filename="../app/core/api/resultswalk.cpp" line="+36"/>
        <source>At most %1 tags can be used as a filter; remove some and try again.</source>
        <translation>最多只能使用 %1 个标签进行筛选；请删除一些后重试。</translation>
    </message>
</context>
<context>
    <name>ib::cli::ExportArguments</name>
    <message>
        <location filename="../app/cli/exportarguments.cpp" line="+18"/>
        <source>Exit codes: 0 results written; 1 no results (the header is written); 2 bad arguments;
3 credentials missing or refused; 4 network failure; 5 service error or unreadable
answer; 6 the output file could not be written; 7 results written, but the service&apos;s
paging stopped early, so some may be missing; 130 interrupted. On any failure an
existing output file is left as it was.</source>
        <translation>退出码：0 已写入结果；1 没有结果（已写入表头）；2 参数错误；
3 缺少凭证或凭证被拒绝；4 网络故障；5 服务错误或响应无法读取；
6 无法写入输出文件；7 已写入结果，但服务的分页提前停止，可能缺少部分结果；
130 被中断。任何失败情况下，已有的输出文件都保持原样。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use the built-in demo endpoint; no account needed.</source>
        <translation>使用内置演示接入点，无需账号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the stored profile &lt;name&gt;.</source>
        <translation>使用已保存的配置 &lt;name&gt;。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+35"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Region id, e.g. cn-hangzhou.</source>
        <translation>地域 ID，例如 cn-hangzhou。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Endpoint URL instead of the profile&apos;s (VPC, gateway, local).</source>
        <translation>用于替代配置中接入点的 URL（VPC、网关、本地）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request signature: v3 (default) or v1.</source>
        <translation>请求签名版本：v3（默认）或 v1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoke id (t-...); repeat or separate with commas.</source>
        <translation>调用 ID（t-...）；可重复使用此选项，或用逗号分隔。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+5"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Instance id (i-...).</source>
        <translation>实例 ID（i-...）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command id (c-...).</source>
        <translation>命令 ID（c-...）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service-side filter: Running, Finished, Failed, ...</source>
        <translation>服务端筛选：Running、Finished、Failed……</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resource group id.</source>
        <translation>资源组 ID。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag filter KEY=VALUE; repeat for more.</source>
        <translation>标签筛选 KEY=VALUE；可重复使用以添加更多。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include earlier runs of a scheduled task.</source>
        <translation>包含定时任务之前的各次执行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep only these InvocationStatus values (comma-separated), e.g. Failed,Error,Timeout.</source>
        <translation>只保留这些 InvocationStatus 值（逗号分隔），例如 Failed,Error,Timeout。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Columns to write (comma-separated field names).</source>
        <translation>要写入的列（逗号分隔的字段名）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field separator: comma (default), semicolon or tab.</source>
        <translation>字段分隔符：comma（逗号，默认）、semicolon（分号）或 tab（制表符）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the file with a UTF-8 byte-order mark (for spreadsheets).</source>
        <translation>在文件开头写入 UTF-8 字节顺序标记（BOM，便于电子表格识别）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the output as Base64 of the raw bytes.</source>
        <translation>将输出写为原始字节的 Base64。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to &lt;file&gt;; - (default) is standard output.</source>
        <translation>写入 &lt;file&gt;；-（默认）表示标准输出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Run &quot;invocation-browser export --help&quot; for the options.</source>
        <translation>运行“invocation-browser export --help”查看可用选项。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unknown invoke record status &quot;%1&quot;. Use one of: %2.</source>
        <translation>未知的调用记录状态“%1”。请使用以下之一：%2。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown status &quot;%1&quot; in --status. Use InvocationStatus values: %2.</source>
        <translation>--status 中的状态“%1”未知。请使用 InvocationStatus 的取值：%2。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--signature-version takes v1 or v3, not &quot;%1&quot;.</source>
        <translation>--signature-version 的取值为 v1 或 v3，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--endpoint needs a URL such as https://ecs.cn-hangzhou.aliyuncs.com.</source>
        <translation>--endpoint 需要一个 URL，例如 https://ecs.cn-hangzhou.aliyuncs.com。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--tag takes KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--tag 的格式为 KEY=VALUE，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service accepts at most 20 tag filters.</source>
        <translation>服务最多接受 20 个标签筛选条件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown column &quot;%1&quot;.</source>
        <translation>未知的列“%1”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--separator takes comma, semicolon or tab.</source>
        <translation>--separator 的取值为 comma（逗号）、semicolon（分号）或 tab（制表符）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fetch Cloud Assistant invocation results and write them as CSV.</source>
        <translation>获取云助手调用结果并写为 CSV。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use either --demo or --profile, not both.</source>
        <translation>--demo 和 --profile 只能使用其一，不能同时使用。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--include-history needs the --invoke-id of a scheduled task.</source>
        <translation>--include-history 需要定时任务的 --invoke-id。</translation>
    </message>
</context>
<context>
    <name>ib::cli::ExportCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="+131"/>
        <source>The demo endpoint could not start: %1</source>
        <translation>演示接入点无法启动：%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No credentials to use. Pass --profile NAME (profiles are added in the window), set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or try --demo.</source>
        <translation>没有可用的凭证。请传入 --profile NAME（配置在窗口中添加），或设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET，或试试 --demo。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+92"/>
        <source>Interrupted; nothing was written.</source>
        <translation>已中断；未写入任何内容。</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>No region: pass --region, e.g. --region cn-hangzhou.</source>
        <translation>未指定地域：请传入 --region，例如 --region cn-hangzhou。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Standard output cannot be written.</source>
        <translation>无法写入标准输出。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source><byte value="xd"/>%1 pages, %2 results, %3 s</source>
        <translation><byte value="xd"/>%1 页，%2 条结果，%3 秒</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No invocation results matched. The service keeps records for a limited time (2 to 4 weeks).</source>
        <translation>没有匹配的调用结果。服务只保留有限时间内的记录（2 到 4 周）。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n result(s) fetched, none with the requested status.</source>
        <translation>
            <numerusform>已获取 %n 条结果，但没有处于所请求状态的结果。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n result(s) written, but the service&apos;s paging stopped early, so some results may be missing.</source>
        <translation>
            <numerusform>已写入 %n 条结果，但服务的分页提前停止，可能缺少部分结果。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ib::demo::DemoServer</name>
    <message>
        <location filename="../app/demo/demoserver.cpp" line="+292"/>
        <source>The demo endpoint could not listen on 127.0.0.1 port %1: %2</source>
        <translation>演示接入点无法在 127.0.0.1 的 %1 端口上监听：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the port is not available</source>
        <translation>该端口不可用</translation>
    </message>
</context>
<context>
    <name>ib::ui::AboutDialog</name>
    <message>
        <location filename="../ui/settings/aboutdialog.cpp" line="+27"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licensed under the Apache License, Version 2.0.</source>
        <translation>根据 Apache License 2.0 版授权。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs on Qt %1, built with Qt %2.</source>
        <translation>运行于 Qt %1，使用 Qt %2 构建。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About Invocation Browser</source>
        <translation>关于调用结果浏览器</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invocation Browser</source>
        <translation>调用结果浏览器</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Browse, filter and export the results of Cloud Assistant commands run on ECS instances.</source>
        <translation>浏览、筛选和导出在 ECS 实例上运行的云助手命令的结果。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Documentation</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../ui/settings/desktopintegration.cpp" line="+53"/>
        <source>&amp;About Invocation Browser</source>
        <translation>关于调用结果浏览器(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>ib::ui::CompareView</name>
    <message>
        <location filename="../ui/triage/compareview.cpp" line="+70"/>
        <source>Left output</source>
        <translation>左侧输出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right output</source>
        <translation>右侧输出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare outputs</source>
        <translation>比较输出</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Previous difference</source>
        <translation>上一处差异</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous difference (Alt+Up)</source>
        <translation>上一处差异（Alt+Up）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next difference</source>
        <translation>下一处差异</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next difference (Alt+Down)</source>
        <translation>下一处差异（Alt+Down）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amber: changed lines, the changed part darker. Red: only on the left. Green: only on the right. Grey: no line on this side.</source>
        <translation>琥珀色：有改动的行，改动部分颜色更深。红色：仅左侧有。绿色：仅右侧有。灰色：此侧没有对应的行。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Neither result has any output.</source>
        <translation>两条结果都没有输出。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The outputs are the same: %n line(s).</source>
        <translation>
            <numerusform>输出完全相同：共 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n line(s) differ.</source>
        <translation>
            <numerusform>有 %n 行不同。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ib::ui::ConnectionSource</name>
    <message>
        <location filename="../ui/main/connectionsource.cpp" line="+68"/>
        <source>The built-in demo endpoint could not start: %1</source>
        <translation>内置演示接入点无法启动：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>The profile works: the endpoint lists %n region(s).</source>
        <translation>
            <numerusform>配置可用：接入点列出了 %n 个地域。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No profile store is available; only the demo endpoint can be used.</source>
        <translation>没有可用的配置存储，只能使用演示接入点。</translation>
    </message>
</context>
<context>
    <name>ib::ui::DetailPane</name>
    <message>
        <location filename="../ui/main/detailpane.cpp" line="+33"/>
        <source>Result details</source>
        <translation>结果详情</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Output truncated</source>
        <translation>输出已截断</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exit code:</source>
        <translation>退出码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error code:</source>
        <translation>错误码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error info:</source>
        <translation>错误信息：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started:</source>
        <translation>开始时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished:</source>
        <translation>结束时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped:</source>
        <translation>停止时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration:</source>
        <translation>耗时：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats:</source>
        <translation>重复次数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoke ID:</source>
        <translation>调用 ID：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance ID:</source>
        <translation>实例 ID：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command ID:</source>
        <translation>命令 ID：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select a result to see its output, exit code and error code.</source>
        <translation>选择一条结果以查看其输出、退出码和错误码。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>Copy %1</source>
        <translation>复制%1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Status not reported</source>
        <translation>未报告状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Output pending: the command has not printed anything yet.</source>
        <translation>输出待定：命令尚未输出任何内容。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not known yet</source>
        <translation>尚不可知</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
</context>
<context>
    <name>ib::ui::FilterBar</name>
    <message>
        <location filename="../ui/main/filterbar.cpp" line="+27"/>
        <source>Re&amp;gex</source>
        <translation>正则(&amp;G)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter by text in the output (Ctrl+F)</source>
        <translation>按输出中的文字筛选（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text in output</source>
        <translation>输出中的文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treat the output filter as a regular expression</source>
        <translation>将输出筛选条件视为正则表达式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instance filter</source>
        <translation>实例筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command filter</source>
        <translation>命令筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit code</source>
        <translation>退出码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exit code filter</source>
        <translation>退出码筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number (3, -1, 0xC0000005), &quot;nonzero&quot;, &quot;pending&quot; (not finished yet) or &quot;none&quot; (finished without an exit code)</source>
        <translation>数字（3、-1、0xC0000005）、“nonzero”（非零）、“pending”（尚未结束）或“none”（已结束但没有退出码）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error code filter</source>
        <translation>错误码筛选</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n status(es)</source>
        <translation>
            <numerusform>%n 种状态</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only some statuses</source>
        <translation>仅显示部分状态</translation>
    </message>
</context>
<context>
    <name>ib::ui::FleetTriage</name>
    <message>
        <location filename="../ui/triage/fleettriage.cpp" line="+62"/>
        <source>Groups</source>
        <translation>分组</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Compare the two selected results</source>
        <translation>比较所选的两条结果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare with a succeeded result of the same invocation</source>
        <translation>与同一调用中的一条成功结果比较</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy instance IDs of the selected rows</source>
        <translation>复制所选行的实例 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy instance IDs of the failed results shown</source>
        <translation>复制当前显示的失败结果的实例 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow running results</source>
        <translation>跟踪运行中的结果</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Every %n second(s)</source>
        <translation>
            <numerusform>每 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Results</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groups panel</source>
        <translation>分组面板</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check running results</source>
        <translation>检查运行中的结果</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Invocation %1 finished: %2</source>
        <translation>调用 %1 已结束：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (invocation %2) finished: %3</source>
        <translation>%1（调用 %2）已结束：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invocation finished</source>
        <translation>调用已结束</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Following %n running invocation(s), every %1 s</source>
        <translation>
            <numerusform>正在跟踪 %n 个运行中的调用，每 %1 秒检查一次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Select exactly two results to compare (Ctrl+click the second), then press Ctrl+D.</source>
        <translation>请恰好选择两条结果进行比较（按住 Ctrl 单击第二条），然后按 Ctrl+D。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a result first, then compare it with a succeeded one.</source>
        <translation>请先选择一条结果，再将其与一条成功的结果比较。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No succeeded result of invocation %1 is loaded to compare with.</source>
        <translation>尚未加载调用 %1 的成功结果，无法进行比较。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2, exit code %3</source>
        <translation>%1 — %2，退出码 %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There are no instance IDs to copy.</source>
        <translation>没有可复制的实例 ID。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Copied %n instance ID(s), one per line.</source>
        <translation>
            <numerusform>已复制 %n 个实例 ID，每行一个。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Copy instance ID %1</source>
        <translation>复制实例 ID %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy invoke ID %1</source>
        <translation>复制调用 ID %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy command ID %1</source>
        <translation>复制命令 ID %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1
%2
Instance ID: %3</source>
        <translation>%1
%2
实例 ID：%3</translation>
    </message>
</context>
<context>
    <name>ib::ui::GroupHeadlines</name>
    <message numerus="yes">
        <location filename="../ui/triage/groupheadlines.cpp" line="+116"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ib::ui::GroupsPanel</name>
    <message>
        <location filename="../ui/triage/groupspanel.cpp" line="+27"/>
        <source>Near-equal outputs</source>
        <translation>近似相同的输出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy instance IDs</source>
        <translation>复制实例 ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Group by output</source>
        <translation>按输出分组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by exit code</source>
        <translation>按退出码分组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by error code</source>
        <translation>按错误码分组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by</source>
        <translation>分组依据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outputs that differ only in numbers, ids, addresses and times share a group</source>
        <translation>仅在数字、ID、地址和时间上不同的输出归入同一分组</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show every result in the table again</source>
        <translation>在表格中重新显示所有结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the chosen group&apos;s instance IDs, one per line, ready for a re-run</source>
        <translation>复制所选分组的实例 ID，每行一个，便于重新运行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result groups</source>
        <translation>结果分组</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to group yet. Fetch results (F5) or open a saved response: the ways they ended appear here, largest group first.</source>
        <translation>尚无可分组的内容。请获取结果（F5）或打开已保存的响应：结果的各种结束方式会显示在这里，最大的分组排在最前。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An output of the chosen group</source>
        <translation>所选分组中的一条输出</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+110"/>
        <source>Choose a group to read one of its outputs here.</source>
        <translation>选择一个分组，即可在此查看其中的一条输出。</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <source>%n group(s), largest first. Choose one to show only its results.</source>
        <translation>
            <numerusform>共 %n 个分组，最大的排在最前。选择一个分组即可只显示其结果。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The table shows group %1 of %2: %n result(s).</source>
        <translation>
            <numerusform>表格显示的是第 %1 组（共 %2 组）：%n 条结果。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The results of this group printed nothing.</source>
        <translation>此分组的结果没有任何输出。</translation>
    </message>
</context>
<context>
    <name>ib::ui::MainWindow</name>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="+61"/>
        <source>Invocation Browser</source>
        <translation>调用结果浏览器</translation>
    </message>
    <message>
        <location line="+248"/>
        <source>Demo mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Fetching</source>
        <translation>正在获取</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+84"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Export the rows and columns shown to a CSV file (Ctrl+E)</source>
        <translation>将当前显示的行和列导出到 CSV 文件（Ctrl+E）</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open saved response…</source>
        <translation>打开已保存的响应…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Demo data — a local endpoint at %1, no account. Nothing here comes from a real fleet.</source>
        <translation>演示数据 — 位于 %1 的本地接入点，无需账号。这里的内容均不来自真实的实例集群。</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Choose a profile first, or pick the demo entry to try the built-in endpoint.</source>
        <translation>请先选择配置，或选择演示项来试用内置接入点。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Offline: these results were opened from %1, not fetched. Fetch (F5) replaces them.</source>
        <translation>离线：这些结果打开自 %1，并非获取所得。按“获取”（F5）将替换它们。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Results opened offline</source>
        <translation>离线打开的结果</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+67"/>
        <source>Select a result to see its output, exit code and error code.</source>
        <translation>选择一条结果以查看其输出、退出码和错误码。</translation>
    </message>
    <message numerus="yes">
        <location line="-60"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+80"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Fetching… %1, %2, %3</source>
        <translation>正在获取… %1，%2，%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetched %1, %2 in %3</source>
        <translation>已获取 %1，%2，用时 %3</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Cancelled after %n result(s); the rows received stay.</source>
        <translation>
            <numerusform>已在获取 %n 条结果后取消；已收到的行会保留。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Exit code: type a number, &quot;nonzero&quot;, &quot;pending&quot; or &quot;none&quot;.</source>
        <translation>退出码：请输入数字、“nonzero”（非零）、“pending”（待定）或“none”（无退出码）。</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%1 of %n result(s) shown</source>
        <translation>
            <numerusform>显示 %n 条结果中的 %1 条</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Press Fetch (F5) to load the demo fleet&apos;s results. Leave the query fields empty to see every recent result.</source>
        <translation>按“获取”（F5）加载演示实例集群的结果。查询字段留空即可查看最近的全部结果。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a profile and a region, then press Fetch (F5). Leave the query fields empty to see every recent result.</source>
        <translation>选择配置和地域，然后按“获取”（F5）。查询字段留空即可查看最近的全部结果。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetching results… The first page is on its way.</source>
        <translation>正在获取结果… 第一页即将到达。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No invocation results matched. Records are kept for a limited time (about two to four weeks); check the region, the ids and that the profile may call DescribeInvocationResults.</source>
        <translation>没有匹配的调用结果。记录只保留有限的时间（约两到四周）；请检查地域、各项 ID，以及此配置是否有权调用 DescribeInvocationResults。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n result(s) hidden by filters.</source>
        <translation>
            <numerusform>%n 条结果被筛选条件隐藏。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>There is nothing to export: no result is shown.</source>
        <translation>没有可导出的内容：当前没有显示任何结果。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Profiles are not available in this window.</source>
        <translation>此窗口中无法使用配置。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open saved response</source>
        <translation>打开已保存的响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved responses (*.json *.txt);;All files (*)</source>
        <translation>已保存的响应 (*.json *.txt);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Opened %1 offline: %n result(s); Fetch (F5) replaces them.</source>
        <translation>
            <numerusform>已离线打开 %1：%n 条结果；“获取”（F5）会替换这些结果。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ib::ui::MessageBar</name>
    <message>
        <location filename="../ui/main/messagebar.cpp" line="+21"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide message</source>
        <translation>隐藏消息</translation>
    </message>
</context>
<context>
    <name>ib::ui::OutputView</name>
    <message>
        <location filename="../ui/main/outputview.cpp" line="+71"/>
        <source>Decoded output</source>
        <translation>解码后的输出</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Decode as</source>
        <translation>解码为</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode this result&apos;s output with another encoding</source>
        <translation>使用其他编码解码此结果的输出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decode &amp;as:</source>
        <translation>解码为(&amp;A)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrap</source>
        <translation>自动换行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrap long lines</source>
        <translation>长行自动换行</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy the decoded output</source>
        <translation>复制解码后的输出</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the exact bytes the command printed</source>
        <translation>原样保存命令输出的字节</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Copy output</source>
        <translation>复制输出</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+2"/>
        <source>Find in output</source>
        <translation>在输出中查找</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Enter: next match, Shift+Enter: previous match</source>
        <translation>Enter：下一个匹配，Shift+Enter：上一个匹配</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配（Shift+F3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next match (F3)</source>
        <translation>下一个匹配（F3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>No output</source>
        <translation>无输出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding: %1 (chosen)</source>
        <translation>编码：%1（手动选择）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding: %1 (detected)</source>
        <translation>编码：%1（自动检测）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n byte sequence(s) could not be decoded and show as �.</source>
        <translation>
            <numerusform>有 %n 个字节序列无法解码，显示为 �。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No match</source>
        <translation>无匹配</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not save the output to %1: %2</source>
        <translation>无法将输出保存到 %1：%2</translation>
    </message>
    <message>
        <location line="-207"/>
        <location line="+218"/>
        <location line="+5"/>
        <source>Save raw output</source>
        <translation>保存原始输出</translation>
    </message>
</context>
<context>
    <name>ib::ui::ProfileDialog</name>
    <message>
        <location filename="../ui/profiles/profileactions.cpp" line="+21"/>
        <source>Type the access key secret.</source>
        <translation>请输入 AccessKey Secret。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the security token of the STS credentials.</source>
        <translation>请输入 STS 凭证的安全令牌。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved profile &quot;%1&quot;.</source>
        <translation>已保存配置“%1”。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the profile &quot;%1&quot;? Its secrets are removed from the keychain too, and this cannot be undone.</source>
        <translation>要删除配置“%1”吗？其密钥也会从钥匙串中删除，且此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Deleted the profile &quot;%1&quot; and its secrets.</source>
        <translation>已删除配置“%1”及其密钥。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Type the access key secret to test this profile.</source>
        <translation>请输入 AccessKey Secret 以测试此配置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Testing the profile &quot;%1&quot;…</source>
        <translation>正在测试配置“%1”…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The test passed: %1</source>
        <translation>测试通过：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The test failed: %1</source>
        <translation>测试失败：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (mode %2) %3.</source>
        <translation>%1（模式 %2）%3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A profile without a name</source>
        <translation>一个没有名称的配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Imported %n profile(s) from the CLI configuration.</source>
        <translation>
            <numerusform>已从 CLI 配置导入 %n 个配置。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not imported:</source>
        <translation>未导入：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stopped importing at &quot;%1&quot;: %2</source>
        <translation>导入在“%1”处停止：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Using the access key from %1 for this run only. Press Save to keep it in the keychain.</source>
        <translation>仅在本次运行中使用来自 %1 的访问密钥。按“保存”可将其存入钥匙串。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No region variable is set, so cn-hangzhou is assumed.</source>
        <translation>未设置地域变量，因此默认使用 cn-hangzhou。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profiledialog.cpp" line="+45"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep secrets in memory for this r&amp;un</source>
        <translation>本次运行期间将密钥保存在内存中(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Profiles</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Secrets you save from now on are kept in memory until the program exits; they are not written anywhere.</source>
        <translation>从现在起保存的密钥只保留在内存中，直到程序退出；它们不会被写入任何地方。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ne&amp;w</source>
        <translation>新建(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import from &amp;CLI configuration…</source>
        <translation>从 CLI 配置导入(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the en&amp;vironment&apos;s access key</source>
        <translation>使用环境变量中的访问密钥(&amp;V)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the CLI configuration</source>
        <translation>选择 CLI 配置文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLI configuration (*.json)</source>
        <translation>CLI 配置文件 (*.json)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 (this run only)</source>
        <translation>%1（仅本次运行）</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Fill in the new profile and press Save.</source>
        <translation>请填写新配置，然后按“保存”。</translation>
    </message>
</context>
<context>
    <name>ib::ui::ProfileForm</name>
    <message>
        <location filename="../ui/profiles/profileform.cpp" line="+46"/>
        <source>Profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom endpoint</source>
        <translation>自定义接入点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential mode</source>
        <translation>凭证模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature version</source>
        <translation>签名版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access key ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access key secret</source>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security token</source>
        <translation>安全令牌</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Empty: the public endpoint of the region</source>
        <translation>留空：使用该地域的公网接入点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access key</source>
        <translation>AccessKey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STS token</source>
        <translation>STS Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V3 (recommended)</source>
        <translation>V3（推荐）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V1</source>
        <translation>V1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Endpoint:</source>
        <translation>接入点(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gnature:</source>
        <translation>签名(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access key &amp;ID:</source>
        <translation>AccessKey ID(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access &amp;key secret:</source>
        <translation>AccessKey Secret(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security t&amp;oken:</source>
        <translation>安全令牌(&amp;O)：</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Choose or type a region, for example cn-hangzhou.</source>
        <translation>请选择或输入地域，例如 cn-hangzhou。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the endpoint as a full address, for example https://ecs.cn-hangzhou.aliyuncs.com, or leave it empty.</source>
        <translation>请输入完整的接入点地址，例如 https://ecs.cn-hangzhou.aliyuncs.com，或留空。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the access key ID.</source>
        <translation>请输入 AccessKey ID。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Only used in STS token mode</source>
        <translation>仅在 STS Token 模式下使用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stored in keychain; type to replace</source>
        <translation>已保存在钥匙串中；输入新值即可替换</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in memory for this run; type to replace</source>
        <translation>本次运行期间保存在内存中；输入新值即可替换</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to replace what is stored</source>
        <translation>输入新值以替换已保存的内容</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not stored; type it here</source>
        <translation>尚未保存；请在此输入</translation>
    </message>
</context>
<context>
    <name>ib::ui::QueryBar</name>
    <message>
        <location filename="../ui/main/querybar.cpp" line="+38"/>
        <source>Include &amp;history</source>
        <translation>包含历史记录(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fetch</source>
        <translation>获取(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profi&amp;les…</source>
        <translation>配置(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, edit, import or test profiles</source>
        <translation>添加、编辑、导入或测试配置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>t-… (several: separate with commas or spaces)</source>
        <translation>t-…（多个时用逗号或空格分隔）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoke IDs</source>
        <translation>调用 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>i-…</source>
        <translation>i-…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>c-…</source>
        <translation>c-…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command ID</source>
        <translation>命令 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key=value, key2=value2</source>
        <translation>key=value, key2=value2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rg-…</source>
        <translation>rg-…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resource group</source>
        <translation>资源组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoke record status</source>
        <translation>调用记录状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include every run of a scheduled task (needs an invoke ID)</source>
        <translation>包含定时任务的每一次执行（需要调用 ID）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch every page of results (F5)</source>
        <translation>获取所有分页的结果（F5）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop fetching (Esc); rows already received stay</source>
        <translation>停止获取（Esc）；已收到的行会保留</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Profile:</source>
        <translation>配置(&amp;P)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Invoke IDs:</source>
        <translation>调用 ID(&amp;I)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&amp;nstance:</source>
        <translation>实例(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;mmand:</source>
        <translation>命令(&amp;M)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;status:</source>
        <translation>记录状态(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resource &amp;group:</source>
        <translation>资源组(&amp;G)：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Demo (no account)</source>
        <translation>演示（无需账号）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The tag &quot;%1&quot; is not of the form key=value.</source>
        <translation>标签“%1”不符合 key=value 格式。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Include history needs the invoke ID of a scheduled task.</source>
        <translation>包含历史记录需要定时任务的调用 ID。</translation>
    </message>
</context>
<context>
    <name>ib::ui::ResultsView</name>
    <message>
        <location filename="../ui/main/resultsview.cpp" line="+19"/>
        <source>Invocation results</source>
        <translation>调用结果</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
</context>
<context>
    <name>ib::ui::RunNotifier</name>
    <message>
        <location filename="../ui/triage/runnotifier.cpp" line="+24"/>
        <source>Finished runs are announced as desktop notifications</source>
        <translation>执行结束后会通过桌面通知告知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished runs are announced in this window (the desktop has no system tray)</source>
        <translation>执行结束后会在此窗口中告知（桌面没有系统托盘）</translation>
    </message>
</context>
<context>
    <name>ib::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/desktopintegration.cpp" line="-14"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="+36"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new language is used from the next start of Invocation Browser.</source>
        <translation>新的语言将在下次启动调用结果浏览器时生效。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
</context>
<context>
    <name>ib::ui::StatusSummaryBar</name>
    <message>
        <location filename="../ui/main/statussummarybar.cpp" line="+21"/>
        <source>Status summary</source>
        <translation>状态汇总</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show every status</source>
        <translation>显示所有状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click a status to show only it; Ctrl+click to add it.</source>
        <translation>单击某个状态只显示该状态；按住 Ctrl 单击可追加。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>All %1</source>
        <translation>全部 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All statuses: %n result(s)</source>
        <translation>
            <numerusform>所有状态：%n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n result(s)</source>
        <translation>
            <numerusform>%1：%n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only %1 results (Ctrl+click to add)</source>
        <translation>只显示%1的结果（按住 Ctrl 单击可追加）</translation>
    </message>
</context>
<context>
    <name>ib::ui::TableExport</name>
    <message>
        <location filename="../ui/main/tableexport.cpp" line="+25"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for Excel, UTF-8 with byte-order mark (*.csv)</source>
        <translation>适用于 Excel 的 CSV，带字节顺序标记的 UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+56"/>
        <source>Browse Cloud Assistant invocation results.</source>
        <translation>浏览云助手的调用结果。</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Open on the built-in demo endpoint (no account).</source>
        <translation>使用内置演示接入点打开（无需账号）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open with the profile NAME.</source>
        <translation>使用名为 NAME 的配置打开。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the region R.</source>
        <translation>使用地域 R。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send requests to URL instead of the profile&apos;s endpoint.</source>
        <translation>将请求发送到 URL，而不是配置中的接入点。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the results of a saved response FILE (offline).</source>
        <translation>显示已保存的响应文件 FILE 中的结果（离线）。</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>There is no profile named &quot;%1&quot;, so the window opened on the demo endpoint. Add it with Profiles…, or choose another profile above.</source>
        <translation>没有名为“%1”的配置，因此窗口在演示接入点上打开。请通过“配置…”添加它，或在上方选择其他配置。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--endpoint applies to a profile&apos;s requests, and the demo endpoint is built in, so it was not used. Add a profile with Profiles…, then choose it above.</source>
        <translation>--endpoint 只作用于配置发出的请求，而演示接入点是内置的，因此未使用它。请通过“配置…”添加一个配置，然后在上方选择它。</translation>
    </message>
</context>
</TS>
