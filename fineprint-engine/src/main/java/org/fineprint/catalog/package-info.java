/** The case catalogue: the fixed, reusable statements every point of a report belongs to. */
@NullMarked
package org.fineprint.catalog;

import org.jspecify.annotations.NullMarked;
