package org.fineprint.server.archive;

import org.fineprint.server.ExternalDatabaseTest;

@ExternalDatabaseTest
class TrackerExternalIT extends TrackerContract {
}
