package org.fineprint.server.archive;

import org.fineprint.server.DatabaseTest;

@DatabaseTest
class ArchiveIT extends ArchiveContract {
}
