/** Internals shared by the io formats; not exported. */
package org.resdom.io.internal;
