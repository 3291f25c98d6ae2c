package com.mstudio.engine.runtime;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Makes OpenMP's idle worker threads sleep instead of spinning. With its default policy each worker busy-waits after a
 * parallel region; with two native threads (the DCGAN) the idle one kept a whole core busy between products, so the
 * loops between the products, the FX thread and the rest of the desktop fought it for the cores (a DCGAN epoch used
 * 25 s of process CPU for 7-12 s of wall time; 13-15 s with passive waiting, and the wall time fell too; the app cannot
 * rely on its launcher's environment). libgomp reads {@code OMP_WAIT_POLICY} once, when it loads, so this sets it in the
 * process environment before ND4J loads its natives; if something loaded them earlier in the process, the setting comes
 * too late and the default policy stays. A value the user set is left alone.
 */
final class OmpWaitPolicy {
    private OmpWaitPolicy() {}

    private interface LibC extends Library {
        int setenv(String name, String value, int overwrite);
    }

    /** Sets OMP_WAIT_POLICY=PASSIVE unless it is set; returns the policy in effect, or null if it could not be set. */
    static String passiveUnlessSet() {
        String set = System.getenv("OMP_WAIT_POLICY");
        if (set != null) return set;
        try {
            LibC libc = (LibC) Native.loadLibrary("c", LibC.class);
            return libc.setenv("OMP_WAIT_POLICY", "PASSIVE", 0) == 0 ? "PASSIVE" : null;
        } catch (Throwable t) { // no libc by that name (not Linux/macOS): the default policy, as before
            return null;
        }
    }
}
