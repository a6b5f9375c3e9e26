// What was picked is in view at 1024, in Arabic (the checks are in framing.ts).
import { describeFraming } from './framing';
import { SIZES } from './driver';

describeFraming(SIZES[1]!, 'ar');
