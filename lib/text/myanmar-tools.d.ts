// myanmar-tools 1.1.3 ships CommonJS without type declarations: the part of its API we use.
declare module "myanmar-tools" {
  export class ZawgyiDetector {
    /** P(Zawgyi | Zawgyi or Unicode) in [0, 1]; -Infinity when the text has no Myanmar code points. */
    getZawgyiProbability(input: string): number;
  }
  export class ZawgyiConverter {
    zawgyiToUnicode(input: string): string;
    unicodeToZawgyi(input: string): string;
    normalizeZawgyi(input: string): string;
  }
  const myanmarTools: { ZawgyiDetector: typeof ZawgyiDetector; ZawgyiConverter: typeof ZawgyiConverter };
  export default myanmarTools;
}
