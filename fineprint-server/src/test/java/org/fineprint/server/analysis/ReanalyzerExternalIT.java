package org.fineprint.server.analysis;

import org.fineprint.server.ExternalDatabaseTest;

@ExternalDatabaseTest
class ReanalyzerExternalIT extends ReanalyzerContract {
}
