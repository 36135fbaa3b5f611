package org.fineprint.server.review;

import org.fineprint.server.DatabaseTest;

@DatabaseTest
class ReviewRepositoriesIT extends ReviewRepositoriesContract {
}
