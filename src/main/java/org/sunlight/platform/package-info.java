/** Shared infrastructure every module stands on: the database, migrations, security, errors and the page layout. */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.sunlight.platform;
