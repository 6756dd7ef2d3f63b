#pragma once

#include <QByteArray>

// DescribeRegions, DescribeInstances and DescribeInvocations answers as the service sends them.
// (Kept out of the test source: moc does not read raw string literals.)

inline const QByteArray regionsJson = R"({"RequestId":"r1","Regions":{"Region":[
 {"RegionId":"cn-hangzhou","LocalName":"华东1（杭州）","RegionEndpoint":"ecs.cn-hangzhou.aliyuncs.com","Status":"available"},
 {"RegionId":"ap-southeast-1","LocalName":"Singapore","RegionEndpoint":"ecs.ap-southeast-1.aliyuncs.com","Status":"soldOut"}]}})";

inline const QByteArray instancesJson =
    R"({"RequestId":"r2","NextToken":"","TotalCount":1,"Instances":{"Instance":[
 {"InstanceId":"i-bp1","InstanceName":"web-01","HostName":"web01.internal","OSType":"linux",
  "OSName":"Alibaba Cloud Linux 3","Status":"Running",
  "Tags":{"Tag":[{"TagKey":"env","TagValue":"prod"}]}}]}})";

inline const QByteArray invocationsJson =
    R"({"RequestId":"r3","NextToken":"","Invocations":{"Invocation":[
 {"InvokeId":"t-1","CommandId":"c-1","CommandName":"uptime check","CommandType":"RunShellScript",
  "CommandContent":"dXB0aW1lCg==","Parameters":"{\"x\":\"1\"}","RepeatMode":"Once","Timeout":60,
  "WorkingDir":"/root","CreationTime":"2026-12-01T10:00:00Z","InvocationStatus":"Failed",
  "InvokeInstances":{"InvokeInstance":[
   {"InstanceId":"i-bp1","InvocationStatus":"Success","ExitCode":0,"StartTime":"2026-12-01T10:00:01Z","FinishTime":"2026-12-01T10:00:02Z"},
   {"InstanceId":"i-bp2","InvocationStatus":"Running","StartTime":"2026-12-01T10:00:01Z","FinishTime":""}]}}]}})";
