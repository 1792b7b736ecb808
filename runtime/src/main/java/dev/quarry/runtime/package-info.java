/** What Quarry-generated code calls at run time: connections, exceptions, value readers and writers. */
@NullMarked
package dev.quarry.runtime;

import org.jspecify.annotations.NullMarked;
