// What was picked is in view at a phone, in Arabic (the checks are in framing.ts).
import { describeFraming } from './framing';
import { SIZES } from './driver';

describeFraming(SIZES[0]!, 'ar');
