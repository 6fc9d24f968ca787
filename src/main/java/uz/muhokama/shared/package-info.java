/**
 * What every module uses: the main layout, the four languages and their message bundles, and small value types.
 * Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package uz.muhokama.shared;
