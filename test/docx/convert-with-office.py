"""Converts Word files to PDF in a LibreOffice already running (test/docx/libreoffice.ts).

usage: convert-with-office.py PIPE OUTDIR FILE...

Connects to the office listening on the named UNO pipe (waiting up to a minute while it
starts), then opens each file hidden and stores it as `OUTDIR/<name>.pdf` with Writer's
PDF export, the filter `soffice --convert-to pdf` uses.
"""
import os
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    deadline = time.time() + 60
    while True:
        try:
            return resolver.resolve(f'uno:pipe,name={pipe};urp;StarOffice.ComponentContext')
        except NoConnectException:
            if time.time() > deadline:
                raise
            time.sleep(0.1)


def main():
    pipe, outdir, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    context = connect(pipe)
    desktop = context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', context)
    for file in files:
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(file)), '_blank', 0, (prop('Hidden', True),))
        if doc is None:
            sys.exit(f'LibreOffice could not open {file}')
        try:
            pdf = os.path.join(os.path.abspath(outdir), os.path.splitext(os.path.basename(file))[0] + '.pdf')
            doc.storeToURL(uno.systemPathToFileUrl(pdf), (prop('FilterName', 'writer_pdf_Export'),))
        finally:
            doc.close(True)


main()
