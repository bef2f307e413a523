// The browser's stand-in for myanmar-tools (next.config.ts turbopack.resolveAlias, ADR 0025): forms
// validate with the server's zod schemas, but converting Zawgyi is the server's job — it parses the
// same schema again and stores Unicode. Without this the detector's model (~35 kB gzip) would ship
// to every dashboard form. Client-side, text is never judged Zawgyi and never converted.

class ZawgyiDetector {
  getZawgyiProbability(): number {
    return 0;
  }
}

class ZawgyiConverter {
  zawgyiToUnicode(text: string): string {
    return text;
  }
  unicodeToZawgyi(text: string): string {
    return text;
  }
}

const myanmarTools = { ZawgyiDetector, ZawgyiConverter };
export default myanmarTools;
