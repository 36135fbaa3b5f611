package org.fineprint.server.registry;

import org.fineprint.server.DatabaseTest;

@DatabaseTest
class ImporterIT extends ImporterContract {
}
