/** Report: the published view of an analysis ({@code fineprint.report/1}) and its JSON, Markdown and text forms. */
@NullMarked
package org.fineprint.report;

import org.jspecify.annotations.NullMarked;
