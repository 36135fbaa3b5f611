package org.fineprint.server.review;

import org.fineprint.server.ExternalDatabaseTest;

@ExternalDatabaseTest
class ReviewRepositoriesExternalIT extends ReviewRepositoriesContract {
}
