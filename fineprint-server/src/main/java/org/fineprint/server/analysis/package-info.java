/** Analyses of services: stored immutably, re-run when documents change, published through adjusters. */
@NullMarked
package org.fineprint.server.analysis;

import org.jspecify.annotations.NullMarked;
