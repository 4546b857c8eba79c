/** Small collections the other packages share; depends on nothing but the JDK. */
package org.wirewatch.collect;
