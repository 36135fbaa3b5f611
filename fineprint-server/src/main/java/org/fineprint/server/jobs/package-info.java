/** Scheduled work through db-scheduler: tasks that only call the tracker, claimed through the database. */
@NullMarked
package org.fineprint.server.jobs;

import org.jspecify.annotations.NullMarked;
