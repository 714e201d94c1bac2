/**
 * Reading and writing plain text.
 */
package org.resdom.io.text;
