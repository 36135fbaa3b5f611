/** Training the case detector on ToS;DR points located in Open Terms Archive texts. */
@NullMarked
package org.fineprint.tools.cases;

import org.jspecify.annotations.NullMarked;
