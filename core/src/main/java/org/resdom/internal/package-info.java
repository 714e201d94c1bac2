/** Internals of the core module; not exported. */
package org.resdom.internal;
