/** Review: problem reports from readers, curator accounts, corrections on points and the audit log. */
@NullMarked
package org.fineprint.server.review;

import org.jspecify.annotations.NullMarked;
