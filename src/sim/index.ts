/** The public interface of this module: other modules import only this file. */
export {};
