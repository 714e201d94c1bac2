/**
 * Reading and writing Akoma Ntoso 3.0.
 */
package org.resdom.io.akn;
