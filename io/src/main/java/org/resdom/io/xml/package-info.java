/**
 * Reading and writing resdom XML.
 */
package org.resdom.io.xml;
