/** Archive: pure functions over versions: hashes, change keys and diffs; the server stores the rows. */
@NullMarked
package org.fineprint.archive;

import org.jspecify.annotations.NullMarked;
