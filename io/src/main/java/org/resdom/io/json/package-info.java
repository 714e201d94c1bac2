/**
 * Reading and writing JSON.
 */
package org.resdom.io.json;
