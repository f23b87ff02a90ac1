/** A reference webhook {@link org.openiop.core.engage.ReminderChannel} for host apps to copy. */
package org.openiop.examples.reminders;
