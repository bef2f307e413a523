/**
 * The platform refund policy, version 1. The same rule is enforced by the refund code and carried
 * by each center's default `CenterRefundPolicy` (7 days, under 20% of lessons completed).
 */
export const REFUND_POLICY_EN = `This policy explains when you can get your money back for a course bought on MMSO. A center may offer more generous terms; they are shown on the course page before you pay.

## 1. Full refund within 7 days

You can ask for a full refund within **7 days of purchase** if you have completed **less than 20% of the course's lessons**.

## 2. Other requests

After 7 days, or once you have completed 20% or more of the lessons, a full or partial refund is at the discretion of the center that runs the course.

## 3. How refunds are paid

Refunds go back to the **original payment method** (KBZPay, Dinger or card). Depending on the provider, the money can take 3–10 business days to reach you.

## 4. Your access after a refund

When a refund is made, your enrollment ends: you lose access to the course, its lessons, quizzes and live classes, and you are removed from its Telegram group.

## 5. How to ask

Open the order in **My orders** and choose **Request a refund**, or contact support from the app or the website with your order reference.
`;

export const REFUND_POLICY_MY = `ဤမူဝါဒသည် MMSO တွင် ဝယ်ယူထားသော သင်တန်းအတွက် ငွေပြန်လည်ရယူနိုင်သည့် အခြေအနေများကို ရှင်းပြထားပါသည်။ စင်တာတစ်ခုက ဤထက် ပိုမိုသက်သာသော စည်းကမ်းချက်များ ပေးနိုင်ပြီး ငွေမပေးချေမီ သင်တန်းစာမျက်နှာတွင် ဖော်ပြထားပါသည်။

## ၁။ ၇ ရက်အတွင်း ငွေအပြည့် ပြန်အမ်းခြင်း

ဝယ်ယူပြီး **၇ ရက်အတွင်း** ဖြစ်ပြီး သင်တန်း၏ သင်ခန်းစာများကို **၂၀ ရာခိုင်နှုန်းအောက်သာ** ပြီးဆုံးထားပါက ငွေအပြည့် ပြန်အမ်းရန် တောင်းဆိုနိုင်ပါသည်။

## ၂။ အခြားတောင်းဆိုမှုများ

၇ ရက် ကျော်လွန်ပြီးနောက် သို့မဟုတ် သင်ခန်းစာများ၏ ၂၀ ရာခိုင်နှုန်းနှင့်အထက် ပြီးဆုံးပြီးနောက်တွင် ငွေအပြည့် သို့မဟုတ် တစ်စိတ်တစ်ပိုင်း ပြန်အမ်းခြင်းကို သင်တန်းဖွင့်လှစ်သည့် စင်တာက ဆုံးဖြတ်ပါသည်။

## ၃။ ငွေပြန်အမ်းပုံ

ပြန်အမ်းငွေကို **မူလ ငွေပေးချေခဲ့သည့် နည်းလမ်း** (KBZPay၊ Dinger သို့မဟုတ် ကတ်) သို့ ပြန်လည်ပေးပို့ပါသည်။ ငွေပေးချေမှု ဝန်ဆောင်မှုပေါ် မူတည်၍ သင့်ထံ ရောက်ရှိရန် အလုပ်ရက် ၃ ရက်မှ ၁၀ ရက်အထိ ကြာနိုင်ပါသည်။

## ၄။ ငွေပြန်အမ်းပြီးနောက် ဝင်ရောက်ခွင့်

ငွေပြန်အမ်းပြီးသည်နှင့် သင်တန်းအပ်နှံမှု ရပ်ဆိုင်းသွားပါမည်။ သင်တန်း၊ သင်ခန်းစာများ၊ စာမေးပွဲငယ်များနှင့် တိုက်ရိုက်သင်တန်းများသို့ ဝင်ရောက်ခွင့် မရှိတော့ဘဲ သင်တန်း၏ Telegram အုပ်စုမှလည်း ဖယ်ရှားခံရပါမည်။

## ၅။ တောင်းဆိုနည်း

**ကျွန်ုပ်၏ အော်ဒါများ** တွင် သက်ဆိုင်ရာ အော်ဒါကို ဖွင့်ပြီး **ငွေပြန်အမ်းရန် တောင်းဆိုမည်** ကို ရွေးပါ။ သို့မဟုတ် အော်ဒါ အမှတ်စဉ်ဖြင့် အက်ပ် သို့မဟုတ် ဝက်ဘ်ဆိုက်မှ အကူအညီဌာနကို ဆက်သွယ်ပါ။
`;
