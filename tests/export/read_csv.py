#!/usr/bin/env python3
"""Reads a CSV file with Python's own csv module and prints its rows as JSON.

An independent reader for the export tests: what it prints is what a script or a
spreadsheet importer following RFC 4180 sees in the file.
Usage: read_csv.py FILE SEPARATOR   (SEPARATOR is "comma", "semicolon" or "tab")
"""
import csv
import json
import sys

SEPARATORS = {"comma": ",", "semicolon": ";", "tab": "\t"}


def main():
    path, separator = sys.argv[1], SEPARATORS[sys.argv[2]]
    with open(path, "rb") as raw:
        has_bom = raw.read(3) == b"\xef\xbb\xbf"
    # newline="" keeps CR and LF inside quoted fields exactly as written.
    with open(path, newline="", encoding="utf-8-sig", errors="strict") as file:
        rows = list(csv.reader(file, delimiter=separator, quotechar='"', strict=True))
    json.dump({"byteOrderMark": has_bom, "rows": rows}, sys.stdout, ensure_ascii=True)


if __name__ == "__main__":
    main()
