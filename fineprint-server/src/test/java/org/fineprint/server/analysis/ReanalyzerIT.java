package org.fineprint.server.analysis;

import org.fineprint.server.DatabaseTest;

@DatabaseTest
class ReanalyzerIT extends ReanalyzerContract {
}
