using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Tests;

public class IncidentExtractorTests
{
    [Theory]
    [InlineData("أفاد مصدر أمني بسقوط ثلاثة صواريخ كاتيوشا قرب قاعدة فكتوريا في محيط مطار بغداد الدولي دون أن تسفر عن إصابات.", IncidentType.Rocket, "victoria", 3, 0, 0)]
    [InlineData("استهدفت طائرة مسيرة مفخخة قاعدة حرير في أربيل فجر اليوم.", IncidentType.Drone, "harir", 1, null, null)]
    [InlineData("قتل جنديان وأصيب أربعة آخرون بانفجار عبوة ناسفة استهدفت رتلا للدعم اللوجستي في الديوانية.", IncidentType.Ied, "diwaniyah", 1, 2, 4)]
    [InlineData("أعلنت المقاومة الإسلامية في العراق استهداف قاعدة التنف بطائرتين مسيرتين.", IncidentType.Drone, "tanf", 2, null, null)]
    [InlineData("ذكرت شفق نيوز أن قذيفتي هاون سقطتا داخل قاعدة عين الأسد الجوية في الأنبار من دون تسجيل أي خسائر.", IncidentType.Shelling, "ain-al-asad", 2, 0, 0)]
    [InlineData("قال مصدر في شرطة دهوك لرووداو إن هجوما بطائرة مسيرة استهدف موقعا لقوات البشمركة في دهوك مساء أمس.", IncidentType.Drone, "duhok", 1, null, null)]
    [InlineData("سقط صاروخ قرب مطار بغداد الدولي ليلة الأحد.", IncidentType.Rocket, "baghdad-airport", 1, null, null)]
    [InlineData("ودوت انفجارات قوية في قاعدة كالسو جنوب بغداد أسفرت عن مقتل ثلاثة من عناصر الحشد الشعبي.", IncidentType.Explosion, "kalsu", null, 3, null)]
    public void ReadsOneIncidentFromANewsSentence(string sentence, IncidentType type, string place, int? count, int? killed, int? wounded)
    {
        var incident = TestLexicons.Run(sentence).Incidents.ShouldHaveSingleItem();
        incident.Type.ShouldBe(type);
        incident.PlaceId.ShouldBe(place);
        incident.WeaponCount.ShouldBe(count);
        incident.Killed.ShouldBe(killed);
        incident.Wounded.ShouldBe(wounded);
        sentence.ShouldContain(incident.Evidence.Text);
    }

    [Theory]
    [InlineData("هددت فصائل مسلحة بتصعيد الهجمات على قاعدة عين الأسد في حال لم تنسحب القوات الأمريكية.")]
    [InlineData("وقالت كتائب حزب الله إنها ستستأنف الهجمات على قاعدة حرير إذا فشلت المفاوضات.")]
    [InlineData("نفذت الفصائل العشرات من الهجمات على قاعدة عين الأسد منذ اندلاع الحرب.")]
    [InlineData("يشار إلى أن العديد من الهجمات الصاروخية حاولت على مدى الأشهر الماضية استهداف قواعد عسكرية تضم قوات أميركية.")]
    [InlineData("وبحث رئيس الوزراء مع السفير الأمريكي في بغداد سبل تعزيز التعاون الأمني بين البلدين.")]
    [InlineData("أعلنت وزارة الصحة في بغداد تسجيل ارتفاع في درجات الحرارة خلال الأسبوع المقبل.")]
    [InlineData("وتدرس وزارة الدفاع الأميركية توجيه ضربات إلى الفصائل في العراق.")]
    [InlineData("استهدفت طائرة مسيرة مواقع في العراق.")]
    [InlineData("ولوحت الفصائل باستئناف الهجمات على القوات الأميركية في قاعدة عين الأسد.")]
    public void RecordsNoIncidentFromThreatsPlansCountsOrOrdinaryNews(string sentence) =>
        TestLexicons.Run(sentence).Incidents.ShouldBeEmpty();

    [Theory]
    [InlineData("أفاد مصدر أمني لشفق نيوز، اليوم الثلاثاء، بسقوط صاروخين من نوع كاتيوشا داخل قاعدة فكتوريا الأمريكية قرب مطار بغداد الدولي، دون أن يسفر ذلك عن خسائر.", IncidentType.Rocket, "victory-base-complex", 2, false, 0, 0)]
    [InlineData("قالت خلية الإعلام الأمني في بيان إن صاروخا سقط في محيط السفارة الأمريكية في المنطقة الخضراء ببغداد دون وقوع إصابات.", IncidentType.Rocket, "us-embassy-baghdad", 1, false, 0, 0)]
    [InlineData("ذكرت وكالة فرانس برس نقلا عن مصدر أمني أن طائرتين مسيرتين مفخختين استهدفتا مطار أربيل الدولي الذي يضم قوات للتحالف.", IncidentType.Drone, "erbil-international-airport", 2, null, null, null)]
    [InlineData("أصيب ثلاثة جنود أمريكيين بجروح طفيفة في هجوم بطائرة مسيرة على قاعدة عين الأسد غرب العراق، بحسب ما أعلنت القيادة المركزية الأمريكية.", IncidentType.Drone, "ain-al-asad", 1, false, null, 3)]
    [InlineData("قتل ثلاثة جنود أمريكيين وأصيب أكثر من 30 آخرين في هجوم بطائرة مسيرة استهدف البرج 22 في الأردن قرب الحدود السورية.", IncidentType.Drone, "tower-22", 1, false, 3, 30)]
    [InlineData("تعرضت قاعدة الشدادي في ريف الحسكة لهجوم بعدة طائرات مسيرة، وقالت مصادر إن الدفاعات الجوية تصدت لها.", IncidentType.Drone, "shaddadi-base", null, true, null, null)]
    [InlineData("أحبطت القوات الأمنية هجوما بطائرة مسيرة كان يستهدف مطار أربيل.", IncidentType.Drone, "erbil-international-airport", 1, true, null, null)]
    [InlineData("الحشد الشعبي: ضربة جوية مجهولة استهدفت مقرا للواء 45 في منطقة جرف النصر وأسفرت عن مقتل عنصرين وإصابة ثلاثة.", IncidentType.Airstrike, "jurf-al-sakhar", null, null, 2, 3)]
    [InlineData("دوى انفجار قوي في قاعدة الإمام علي الجوية في الناصرية دون معرفة أسبابه.", IncidentType.Explosion, "imam-ali-air-base", null, null, null, null)]
    [InlineData("سقط صاروخ كاتيوشا على منزل في حي الجهاد غرب بغداد ما أدى إلى إصابة طفلة.", IncidentType.Rocket, "baghdad", 1, false, null, 1)]
    [InlineData("أربيل - رووداو: تعرض مطار أربيل الدولي مساء أمس لهجوم بثلاث طائرات مسيرة مفخخة، أسقطت الدفاعات الجوية اثنتين منها، فيما سقطت الثالثة قرب المطار دون أن تسفر عن خسائر.", IncidentType.Drone, "erbil-international-airport", 3, false, 0, 0)]
    [InlineData("قصفت المدفعية التركية، صباح اليوم، قرى في قضاء زاخو بمحافظة دهوك، ما أدى إلى احتراق مساحات زراعية.", IncidentType.Shelling, "zakho", null, false, null, null)]
    [InlineData("بغداد - أعلن الجيش العراقي، اليوم الخميس، مقتل ثلاثة من عناصر تنظيم داعش بضربة جوية في وادي حوران بمحافظة الأنبار.", IncidentType.Airstrike, "anbar", null, null, 3, null)]
    [InlineData("قالت مصادر أمنية عراقية إن صاروخين من طراز كاتيوشا سقطا قرب قاعدة بلد الجوية في محافظة صلاح الدين.", IncidentType.Rocket, "balad-air-base", 2, false, null, null)]
    [InlineData("وكان الجيش العراقي قد أعلن في بيان أن عدة صواريخ أصابت قاعدة بلد الجوية من دون تسجيل إصابات.", IncidentType.Rocket, "balad-air-base", null, false, 0, 0)]
    [InlineData("قصفت طائرة مجهولة الهوية فجر اليوم موقعا للفصائل قرب مدينة البوكمال شرقي سوريا.", IncidentType.Airstrike, "albukamal", null, null, null, null)]
    public void ReadsSentencesOfOtherOutletsWithTheShippedLexicons(string sentence, IncidentType type, string place, int? count, bool? intercepted, int? killed, int? wounded)
    {
        var incident = TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem();
        (incident.Type, incident.PlaceId, incident.WeaponCount, incident.Intercepted, incident.Killed, incident.Wounded)
            .ShouldBe((type, place, count, intercepted, killed, wounded));
    }

    [Theory]
    [InlineData("هددت كتائب حزب الله باستهداف القواعد الأمريكية في العراق وسوريا إذا لم تنسحب القوات الأجنبية.")]
    [InlineData("يخطط البنتاغون لتعزيز الدفاعات الجوية في قاعدة عين الأسد تحسبا لأي هجوم.")]
    [InlineData("زار قائد القيادة المركزية الأمريكية قاعدة عين الأسد الجوية والتقى بالجنود هناك.")]
    [InlineData("أجرت قوات التحالف تمرينا بالذخيرة الحية في قاعدة حرير.")]
    [InlineData("شن رئيس البرلمان هجوما حادا على الحكومة في بغداد بسبب أزمة الكهرباء.")]
    [InlineData("وصل وزير الخارجية الأمريكي إلى بغداد في زيارة لم يعلن عنها مسبقا.")]
    [InlineData("خرجت مسيرة حاشدة في أربيل للمطالبة بصرف الرواتب.")]
    [InlineData("ونفت الحكومة العراقية وقوع أي هجوم على قاعدة بلد الجوية.")]
    [InlineData("قال مسؤول أمريكي لرويترز إن قاعدة عين الأسد لم تتعرض لأي هجوم خلال الليلة الماضية.")]
    [InlineData("وجاء الهجوم قبل أقل من أسبوع من زيارة متوقعة لوفد عسكري عراقي إلى واشنطن لمواصلة المحادثات.")]
    [InlineData("سجل المنتخب العراقي هدفين في الشوط الثاني بعد هجمة مرتدة سريعة، وقاد خط الهجوم اللاعب أيمن حسين في ملعب البصرة الدولي.")]
    [InlineData("وشهدت قاعدة عين الأسد منذ عام 2020 أكثر من مئة هجوم صاروخي وبطائرات مسيرة، بحسب إحصاءات التحالف.")]
    [InlineData("أعلنت وزارة النفط عن انفجار في أنبوب لنقل النفط الخام قرب مصفاة بيجي بسبب خلل فني.")]
    [InlineData("يرى محللون أن الهجمات على القواعد الأمريكية في العراق وسوريا قد تتصاعد خلال الأشهر المقبلة.")]
    [InlineData("وكانت فصائل عراقية قد أعلنت في وقت سابق مسؤوليتها عن عشرات الهجمات على قاعدة عين الأسد.")]
    [InlineData("تعرض موكب محافظ البصرة لحادث سير على طريق البصرة - الناصرية أدى إلى إصابة اثنين من مرافقيه.")]
    [InlineData("هبطت طائرة مجهولة الهوية في مطار أربيل الدولي مساء الأحد وسط إجراءات أمنية مشددة.")]
    [InlineData("وضبطت قوات الأمن منصة إطلاق صواريخ داخل شاحنة متروكة قرب قاعدة بلد الجوية.")]
    public void FindsNoIncidentInThreatsDenialsAndOrdinaryNewsWithTheShippedLexicons(string sentence) =>
        TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.ShouldBeEmpty();

    /// <summary>
    /// Sentences written in the style of other outlets (Shafaq, Rudaw, Al Sumaria, Baghdad Today, AFP, Reuters, Al
    /// Mayadeen, Sky News Arabia, Anadolu), years, bases and kinds of attack than the seeds, with other word orders
    /// (VSO, SVO, passive, تعرضت ... لهجوم, verbal nouns), number forms and casualty phrasings.
    /// </summary>
    [Theory]
    [InlineData("أفاد مصدر أمني لوكالة شفق نيوز، فجر اليوم الثلاثاء، بسقوط صاروخي كاتيوشا على قاعدة فكتوري قرب مطار بغداد الدولي، دون تسجيل إصابات.", "2020-03-17", IncidentType.Rocket, "victory-base-complex", 2, false, 0, 0, "2020-03-17")]
    [InlineData("أعلنت وزارة داخلية إقليم كوردستان أن طائرة مسيرة مفخخة استهدفت مطار أربيل الدولي ليلة أمس، وتمكنت منظومة الدفاع الجوي للتحالف من إسقاطها.", "2021-07-08", IncidentType.Drone, "erbil-international-airport", 1, true, null, null, "2021-07-07")]
    [InlineData("سقطت ثلاث قذائف هاون داخل قاعدة بلد الجوية في محافظة صلاح الدين، ما أسفر عن إصابة اثنين من المتعاقدين.", null, IncidentType.Shelling, "balad-air-base", 3, false, null, 2, null)]
    [InlineData("تعرضت قاعدة عين الأسد الجوية غربي الأنبار، مساء اليوم، لهجوم بصاروخين من نوع غراد، دون أن يسفر عن خسائر بشرية.", "2022-01-04", IncidentType.Rocket, "ain-al-asad", 2, null, 0, 0, "2022-01-04")]
    [InlineData("قتل ثلاثة جنود أميركيين وأصيب أكثر من 40 آخرين في هجوم بطائرة مسيرة على قاعدة البرج 22 في شمال شرق الأردن، وفق ما أعلن الجيش الأميركي.", null, IncidentType.Drone, "tower-22", 1, false, 3, 40, null)]
    [InlineData("قال مسؤولان أمريكيان لرويترز إن القوات الأمريكية في قاعدة التنف بسوريا تصدت لطائرتين مسيرتين يوم الجمعة.", "2023-11-10", IncidentType.Drone, "al-tanf", 2, true, null, null, "2023-11-10")]
    [InlineData("أعلنت المقاومة الإسلامية في العراق، في بيان، أنها استهدفت حقل كونيكو في سوريا بطائرة مسيرة.", null, IncidentType.Drone, "conoco-gas-field", 1, null, null, null, null)]
    [InlineData("هاجمت طائرات مسيرة قاعدة حقل العمر النفطي شرقي دير الزور، فيما دوت انفجارات في محيط القاعدة.", null, IncidentType.Drone, "al-omar-oil-field", null, null, null, null, null)]
    [InlineData("استهدف هجوم بعبوة ناسفة رتلا لوجستيا تابعا للتحالف الدولي على الطريق السريع في محافظة الديوانية جنوبي العراق.", null, IncidentType.Ied, "qadisiyah", 1, null, null, null, null)]
    [InlineData("انفجرت عبوة ناسفة على رتل ينقل معدات للتحالف الدولي في قضاء أبو غريب غربي بغداد، دون وقوع إصابات.", null, IncidentType.Ied, "abu-ghraib", 1, null, 0, 0, null)]
    [InlineData("شنت طائرات أمريكية، فجر اليوم الجمعة، غارات جوية على مقرات لكتائب حزب الله في منطقة جرف الصخر شمالي بابل، ما أسفر عن مقتل أربعة عناصر.", "2024-02-02", IncidentType.Airstrike, "jurf-al-sakhar", null, null, 4, null, "2024-02-02")]
    [InlineData("قصف طيران مجهول مقرا للحشد الشعبي في قضاء القائم على الحدود العراقية السورية، ما أدى إلى مقتل عنصرين وإصابة ثلاثة آخرين.", null, IncidentType.Airstrike, "al-qaim", null, null, 2, 3, null)]
    [InlineData("استهدفت غارة جوية مجهولة مواقع لفصائل عراقية في مدينة البوكمال السورية، وأسفرت عن سقوط قتيلين.", null, IncidentType.Airstrike, "albukamal", null, null, 2, null, null)]
    [InlineData("شن الطيران الأمريكي ثلاث غارات على مواقع لكتائب حزب الله في منطقة البوكمال شرقي سوريا فجر اليوم الأحد.", "2024-02-04", IncidentType.Airstrike, "albukamal", 3, null, null, null, "2024-02-04")]
    [InlineData("نفذت مقاتلات مجهولة غارتين على مقر للحشد الشعبي في قضاء القائم، ما أدى إلى مقتل عنصر.", null, IncidentType.Airstrike, "al-qaim", 2, null, 1, null, null)]
    [InlineData("لقي ثلاثة من عناصر الحشد الشعبي مصرعهم بقصف طائرة مسيرة على مقر في قضاء القائم.", null, IncidentType.Drone, "al-qaim", 1, false, 3, null, null)]
    [InlineData("سقطت قذيفتا هاون على محيط السفارة الأمريكية في المنطقة الخضراء.", null, IncidentType.Shelling, "us-embassy-baghdad", 2, false, null, null, null)]
    [InlineData("هاجم مسلحون مجهولون نقطة تفتيش للجيش العراقي في قضاء الطارمية شمالي بغداد، ما أدى إلى استشهاد جنديين.", null, IncidentType.Other, "tarmiyah", null, null, 2, null, null)]
    [InlineData("سقط صاروخا كاتيوشا قرب مطار بغداد الدولي.", null, IncidentType.Rocket, "baghdad-international-airport", 2, false, null, null, null)]
    [InlineData("انفجرت سيارة مفخخة قرب قاعدة بلد الجوية، ما أسفر عن إصابة ثلاثة جنود.", null, IncidentType.Ied, "balad-air-base", 1, null, null, 3, null)]
    [InlineData("استهدفت طائرة مفخخة قاعدة عين الأسد.", null, IncidentType.Drone, "ain-al-asad", 1, null, null, null, null)]
    [InlineData("أسقطت منظومة سي رام طائرة مسيرة حاولت استهداف السفارة الأمريكية في بغداد.", null, IncidentType.Drone, "us-embassy-baghdad", 1, true, null, null, null)]
    [InlineData("سقوط صاروخين في محيط قاعدة حرير الجوية شمالي أربيل دون وقوع إصابات.", null, IncidentType.Rocket, "harir-air-base", 2, false, 0, 0, null)]
    [InlineData("تم استهداف قاعدة كي 1 في كركوك بثلاثة صواريخ كاتيوشا مساء الخميس.", "2021-07-08", IncidentType.Rocket, "k1-air-base", 3, null, null, null, "2021-07-08")]
    [InlineData("أطلق مجهولون ٤ صواريخ على قاعدة القيارة الجوية جنوب الموصل، وسقط اثنان منها داخل القاعدة.", null, IncidentType.Rocket, "qayyarah-airfield-west", 4, false, null, null, null)]
    [InlineData("استهدفت إيران قاعدة عين الأسد بعدد من الصواريخ الباليستية فجر الأربعاء، ولم تسفر عن خسائر بشرية بحسب البنتاغون.", null, IncidentType.Missile, "ain-al-asad", null, null, 0, 0, null)]
    [InlineData("سقطت 3 صواريخ كاتيوشا في المنطقة الخضراء وسط بغداد مساء الأحد.", null, IncidentType.Rocket, "green-zone", 3, false, null, null, null)]
    [InlineData("أعلنت خلية الإعلام الأمني سقوط صاروخ كاتيوشا قرب مطار بغداد الدولي دون أن يسفر عن خسائر.", null, IncidentType.Rocket, "baghdad-international-airport", 1, false, 0, 0, null)]
    [InlineData("وفي 20 كانون الثاني 2024، أصيب عدد من الجنود الأمريكيين في هجوم بصواريخ باليستية على قاعدة عين الأسد.", "2024-01-29", IncidentType.Missile, "ain-al-asad", null, false, null, null, "2024-01-20")]
    [InlineData("مقتل جندي أمريكي وإصابة ثلاثة آخرين في هجوم صاروخي على معسكر التاجي شمالي بغداد.", null, IncidentType.Rocket, "camp-taji", null, false, 1, 3, null)]
    [InlineData("وأسفر الهجوم الذي استهدف قاعدة الشدادي عن سقوط قتيلين من قوات سوريا الديمقراطية.", null, IncidentType.Other, "shaddadi-base", null, null, 2, null, null)]
    [InlineData("تبنت المقاومة الإسلامية في العراق استهداف قاعدة حرير بطائرتين مسيرتين، مؤكدة أن الطائرتين أصابتا أهدافهما.", null, IncidentType.Drone, "harir-air-base", 2, false, null, null, null)]
    [InlineData("تصدت الدفاعات الجوية لثلاث طائرات مسيرة حاولت استهداف قاعدة حرير فجر اليوم.", null, IncidentType.Drone, "harir-air-base", 3, true, null, null, null)]
    [InlineData("استهدفت خمس طائرات مسيرة قاعدة التنف العسكرية على المثلث الحدودي بين سوريا والأردن والعراق.", null, IncidentType.Drone, "al-tanf", 5, null, null, null, null)]
    [InlineData("سقطت قذيفة هاون قرب معسكر النصر في محيط مطار بغداد، صباح اليوم، من دون أن تسفر عن إصابات.", null, IncidentType.Shelling, "victory-base-complex", 1, false, 0, 0, null)]
    [InlineData("انفجار عبوة ناسفة استهدفت رتلا لنقل معدات التحالف الدولي على الطريق الدولي قرب الناصرية.", null, IncidentType.Ied, "nasiriyah", 1, null, null, null, null)]
    [InlineData("أسقطت منظومة الدفاع الجوي سي رام طائرة مسيرة فوق مركز الدعم الدبلوماسي في مطار بغداد.", null, IncidentType.Drone, "baghdad-diplomatic-support-center", 1, true, null, null, null)]
    [InlineData("أصيب جنديان أمريكيان بجروح طفيفة إثر سقوط صاروخ على قاعدة فكتوري.", null, IncidentType.Rocket, "victory-base-complex", 1, false, null, 2, null)]
    [InlineData("أعلن الجيش الأمريكي مقتل متعاقد أمريكي وإصابة خمسة عسكريين في هجوم بطائرة مسيرة على منشأة للتحالف في الحسكة.", null, IncidentType.Drone, "hasakah", 1, false, 1, 5, null)]
    [InlineData("ضربة بطائرة مسيرة استهدفت سيارة تقل قياديين في كتائب حزب الله قرب مطار بغداد، ما أسفر عن مقتل ثلاثة أشخاص.", null, IncidentType.Drone, "baghdad-international-airport", 1, false, 3, null, null)]
    [InlineData("وقال مسؤول عسكري أمريكي إن صاروخين أطلقا باتجاه قاعدة التنف لكنهما لم يصيبا أحدا.", null, IncidentType.Rocket, "al-tanf", 2, null, 0, 0, null)]
    [InlineData("هاجمت طائرة مسيرة قاعدة رميلان في ريف الحسكة ليلة أمس.", "2025-01-13", IncidentType.Drone, "rumalyn-landing-zone", 1, null, null, null, "2025-01-12")]
    [InlineData("سقطت أربع قذائف هاون على قاعدة بلد ليلة الاثنين.", null, IncidentType.Shelling, "balad-air-base", 4, false, null, null, null)]
    [InlineData("اعترضت الدفاعات الجوية صاروخا باليستيا أطلق باتجاه قاعدة أربيل.", null, IncidentType.Missile, "erbil-air-base", 1, true, null, null, null)]
    [InlineData("أسفر القصف الصاروخي الذي طال قاعدة عين الأسد عن إصابة جندي أمريكي.", null, IncidentType.Rocket, "ain-al-asad", null, false, null, 1, null)]
    [InlineData("وأطلقت فصائل مسلحة عدة صواريخ على حقل كونيكو للغاز في ريف دير الزور الشرقي.", null, IncidentType.Rocket, "conoco-gas-field", null, null, null, null, null)]
    [InlineData("ذكرت وكالة الأناضول أن طائرة مسيرة مجهولة قصفت مقرا لقوات الحشد الشعبي في قضاء القائم غربي الأنبار، ما أسفر عن مقتل قيادي في الحشد.", null, IncidentType.Drone, "al-qaim", 1, false, 1, null, null)]
    [InlineData("دوى انفجار عنيف في قاعدة القيارة الجوية جنوبي الموصل، ولم ترد أنباء عن وقوع إصابات.", null, IncidentType.Explosion, "qayyarah-airfield-west", null, null, null, null, null)]
    [InlineData("دوى انفجار عنيف في قاعدة القيارة الجوية جنوبي الموصل، ولم يسفر عن وقوع إصابات.", null, IncidentType.Explosion, "qayyarah-airfield-west", null, null, 0, 0, null)]
    [InlineData("أعلنت قوات سوريا الديمقراطية أن هجوما بثلاث طائرات مسيرة استهدف قاعدة الشدادي، وأن الدفاعات الجوية أسقطت اثنتين منها.", null, IncidentType.Drone, "shaddadi-base", 3, true, null, null, null)]
    [InlineData("سقط صاروخان على قاعدة عين الأسد الجوية فجر الجمعة دون أن يسفرا عن خسائر.", "2019-12-27", IncidentType.Rocket, "ain-al-asad", 2, false, 0, 0, "2019-12-27")]
    [InlineData("استهدفت ضربة جوية أمريكية مقرا لكتائب سيد الشهداء في منطقة البوكمال، وأدت إلى مقتل 17 مقاتلا.", null, IncidentType.Airstrike, "albukamal", null, null, 17, null, null)]
    [InlineData("تعرض رتل للدعم اللوجستي تابع للتحالف الدولي لهجوم بعبوة ناسفة على الطريق السريع قرب الديوانية، من دون تسجيل إصابات.", null, IncidentType.Ied, "diwaniyah", 1, null, 0, 0, null)]
    [InlineData("أفادت مصادر محلية بسقوط قذيفتين على قاعدة التاجي شمالي العاصمة بغداد، ما أدى إلى إصابة ثلاثة جنود عراقيين.", null, IncidentType.Shelling, "camp-taji", 2, false, null, 3, null)]
    [InlineData("استهدف صاروخ كاتيوشا محيط مطار أربيل الدولي مساء الأربعاء دون تسجيل خسائر.", null, IncidentType.Rocket, "erbil-international-airport", 1, null, 0, 0, null)]
    [InlineData("أعلن الجيش الأردني مقتل ثلاثة جنود أمريكيين في هجوم بطائرة مسيرة على البرج 22.", null, IncidentType.Drone, "tower-22", 1, false, 3, null, null)]
    [InlineData("وتبنت كتائب حزب الله الهجوم بالطائرات المسيرة على قاعدة التنف.", null, IncidentType.Drone, "al-tanf", null, null, null, null, null)]
    [InlineData("أسقطت الدفاعات الجوية الأمريكية طائرتين مسيرتين قرب قاعدة حرير.", null, IncidentType.Drone, "harir-air-base", 2, true, null, null, null)]
    [InlineData("قصفت المدفعية التركية مواقع قرب سنجار مساء أمس.", null, IncidentType.Shelling, "sinjar", null, null, null, null, null)]
    [InlineData("وسقطت ثلاثة صواريخ غراد داخل قاعدة عين الأسد دون أن تنفجر.", null, IncidentType.Rocket, "ain-al-asad", 3, false, null, null, null)]
    [InlineData("هجوم بطائرتين مسيرتين يستهدف قاعدة رميلان في الحسكة.", null, IncidentType.Drone, "rumalyn-landing-zone", 2, null, null, null, null)]
    [InlineData("تعرض حقل كونيكو لهجوم صاروخي مساء الجمعة، ولم يسفر عن إصابات.", null, IncidentType.Rocket, "conoco-gas-field", null, null, 0, 0, null)]
    public void ReadsUnseenNewsOfOtherOutletsYearsAndBases(string sentence, string? publishedAt, IncidentType type, string place, int? count,
        bool? intercepted, int? killed, int? wounded, string? date)
    {
        var input = new ArticleInput(sentence, PublishedAt: publishedAt is null ? null : DateOnly.Parse(publishedAt, System.Globalization.CultureInfo.InvariantCulture));
        var incident = new ArticlePipeline(RepoFiles.Lexicons).Run(input).Incidents.ShouldHaveSingleItem();
        (incident.Type, incident.PlaceId, incident.WeaponCount, incident.Intercepted, incident.Killed, incident.Wounded)
            .ShouldBe((type, place, count, intercepted, killed, wounded));
        if (date is not null)
        {
            incident.Date.ShouldNotBeNull().Value.ShouldBe(date);
        }
        sentence.ShouldContain(incident.Evidence.Text);
    }

    /// <summary>Threats, plans, counts of attacks, denials, condemnations, and economy or sport news using attack words figuratively.</summary>
    [Theory]
    [InlineData("هدد قيس الخزعلي باستهداف القوات الأمريكية في قاعدة عين الأسد إذا لم تنسحب قبل نهاية العام.")]
    [InlineData("تخطط الفصائل لشن هجمات جديدة على قاعدة حرير بحسب تقارير استخباراتية.")]
    [InlineData("وتعرضت القواعد الأمريكية في العراق وسوريا لأكثر من 170 هجوما منذ تشرين الأول 2023.")]
    [InlineData("وتعرضت قاعدة عين الأسد إلى ثلاث هجمات صاروخية منذ بداية الشهر الجاري.")]
    [InlineData("ونفذ التحالف الدولي 30 غارة جوية على مواقع لتنظيم داعش في محافظة دير الزور خلال الأسبوع الماضي.")]
    [InlineData("أدانت وزارة الخارجية العراقية أي هجوم على قاعدة عين الأسد ووصفته بالعمل الإرهابي.")]
    [InlineData("زار وفد أمريكي قاعدة حرير وأكد أن الضربات الجوية ضد داعش ستتواصل في سوريا.")]
    [InlineData("تصاعدت الهجمات الصاروخية على القواعد الأمريكية في شرق سوريا خلال الأشهر الماضية.")]
    [InlineData("تنفذ القوات الأمريكية منذ أشهر ضربات دقيقة على منشآت في شرق سوريا.")]
    // A habit: carrying on over years.
    [InlineData("وتواصل تركيا منذ سنوات قصف مواقع حزب العمال الكردستاني في قضاء سنجار.")]
    [InlineData("وتنفذ القوات التركية عمليات عسكرية وضربات جوية في إقليم كردستان ضد مسلحي حزب العمال.")]
    [InlineData("أطلق الحوثيون صواريخ باليستية على سفن تجارية في البحر الأحمر منذ نوفمبر.")]
    [InlineData("شن المنتخب العراقي هجوما كاسحا على مرمى المنتخب السعودي في ملعب جذع النخلة بالبصرة.")]
    [InlineData("تعرضت أسواق النفط لضربة قوية بعد قرار أوبك خفض الإنتاج، وتراجعت الأسعار في بغداد وأربيل.")]
    [InlineData("افتتح محافظ أربيل مشروعا جديدا لتوسعة مطار أربيل الدولي بكلفة 50 مليون دولار.")]
    [InlineData("أعلن التحالف الدولي انتهاء مهمته القتالية في العراق وانسحاب قواته من قاعدة حرير.")]
    [InlineData("وتستهدف الفصائل المسلحة منذ سنوات القواعد التي تستضيف قوات أمريكية في العراق.")]
    [InlineData("قالت القيادة المركزية الأمريكية إنها لم ترصد أي هجوم على قاعدة التنف خلال الأسبوع الماضي.")]
    [InlineData("يعقد مجلس النواب جلسة لمناقشة إخراج القوات الأجنبية من قاعدة عين الأسد وقاعدة حرير.")]
    [InlineData("حذر مسؤولون أمريكيون من أن الفصائل قد تستهدف قاعدة التنف بطائرات مسيرة في الأيام المقبلة.")]
    [InlineData("تعتزم واشنطن نشر منظومات باتريوت في قاعدة عين الأسد لاعتراض الصواريخ.")]
    [InlineData("ضرب زلزال بقوة 5 درجات مدينة أربيل فجر اليوم دون تسجيل أضرار.")]
    [InlineData("دمرت السيول عشرات المنازل في قضاء سنجار بعد أمطار غزيرة.")]
    [InlineData("ونفت قيادة العمليات المشتركة تعرض قاعدة بلد الجوية لأي هجوم صاروخي.")]
    [InlineData("وقع رئيس الوزراء اتفاقا مع شركة توتال لتطوير حقل غاز في البصرة.")]
    [InlineData("شهدت أسعار الذهب في أسواق أربيل قفزة كبيرة بعد انفجار الطلب على المعدن الأصفر.")]
    [InlineData("أطلقت وزارة الصحة حملة تلقيح واسعة في محافظة الأنبار ضد الحصبة.")]
    [InlineData("رفضت الحكومة العراقية أي هجوم على البعثات الدبلوماسية في بغداد.")]
    [InlineData("أكد وزير الدفاع أن القوات الأمنية مستعدة للتصدي لأي هجوم يستهدف قاعدة عين الأسد.")]
    [InlineData("وتوعدت الفصائل بالرد على الغارات الأمريكية في القائم.")]
    [InlineData("بحث قائد القوات البرية مع نظيره الأمريكي في قاعدة عين الأسد خطط التدريب المشترك.")]
    [InlineData("نفى التحالف الدولي تعرض قاعدة حرير لأي قصف.")]
    [InlineData("ستواصل المقاومة استهداف قاعدة التنف حتى خروج الاحتلال.")]
    [InlineData("ارتفعت أسعار النفط بعد أنباء عن هجوم على ناقلة في الخليج.")]
    // A drill, a manoeuvre or a parade fires and shows weapons; a defence set up against attacks is no attack.
    [InlineData("أجرت القوات الأمريكية في قاعدة عين الأسد تمرينا بالذخيرة الحية شمل إطلاق صواريخ على أهداف وهمية، الثلاثاء.")]
    [InlineData("نفذت قوات التحالف مناورات في قاعدة حرير تضمنت إطلاق طائرات مسيرة وقذائف مدفعية.")]
    [InlineData("عرضت الفصائل صواريخ وطائرات مسيرة في استعراض عسكري ببغداد.")]
    [InlineData("نصبت القوات منظومة دفاع جوي في قاعدة التنف لحمايتها من هجمات الطائرات المسيرة.")]
    // Weapons found ready to fire were not fired.
    [InlineData("عثرت القوات الأمنية على منصة تضم صواريخ معدة للإطلاق باتجاه قاعدة عين الأسد فجر اليوم.")]
    [InlineData("ضبطت القوات طائرة مسيرة مفخخة جاهزة للإطلاق نحو مطار أربيل.")]
    // Attacks on targets in the plural, or over a period, in a region or a sea: a pattern, not one event.
    [InlineData("يستهدف الحوثيون السفن في البحر الأحمر بالصواريخ والطائرات المسيرة منذ نوفمبر الماضي.")]
    [InlineData("استهدفت غارات جوية مواقع للفصائل في شرق سوريا.")]
    // An attack foiled before its launch was a plot.
    [InlineData("أحبطت قوات الأمن هجوما صاروخيا كان يستهدف قاعدة عين الأسد، وعثرت على أربعة صواريخ معدة للإطلاق.")]
    [InlineData("أعلنت خلية الإعلام الأمني إحباط هجوم بطائرة مسيرة على مطار بغداد الدولي قبل إطلاقها.")]
    public void FindsNoIncidentInUnseenThreatsCountsDenialsAndFigurativeNews(string sentence) =>
        TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.ShouldBeEmpty();

    /// <summary>
    /// A bombardment that names no weapon is an air strike when its doer bombards only from the air in the region; a
    /// Turkish one may be artillery and an unknown doer's may be anything.
    /// </summary>
    [Theory]
    [InlineData("قصفت القوات الأمريكية مواقع لكتائب حزب الله في جرف النصر فجر اليوم.", IncidentType.Airstrike)]
    [InlineData("قصف الجيش الإسرائيلي مواقع قرب مطار دمشق الدولي فجر اليوم.", IncidentType.Airstrike)]
    [InlineData("قصف الجيش التركي مواقع لحزب العمال الكردستاني قرب مدينة زاخو فجر اليوم.", IncidentType.Other)]
    [InlineData("قصف مجهولون قاعدة عين الأسد الجوية فجر اليوم.", IncidentType.Other)]
    [InlineData("استهدفت القوات الأمريكية مواقع للفصائل في القائم فجر اليوم.", IncidentType.Other)]
    // SANA's aggression (عدوان) is a bombardment of that kind.
    [InlineData("استشهد مدني وأصيب ثلاثة آخرون جراء عدوان إسرائيلي استهدف بناء سكنيا في حي المزة بدمشق صباح اليوم.", IncidentType.Airstrike)]
    [InlineData("استشهد مدني وأصيب ثلاثة آخرون جراء هجوم مسلحين مجهولين على حاجز للجيش في مدينة حمص صباح اليوم.", IncidentType.Other)]
    public void ABombardmentByAForceThatStrikesFromTheAirIsAnAirStrike(string sentence, IncidentType type) =>
        TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem().Type.ShouldBe(type);

    /// <summary>An air strike whose weapons are unnamed has none known to be shot down: "تصدت الدفاعات لعدوان" says no more.</summary>
    [Fact]
    public void ConfrontingAnAggressionIsNoInterception()
    {
        var incident = TestLexicons.Run("تصدت وسائط دفاعنا الجوي لعدوان إسرائيلي استهدف بعض النقاط في محيط مدينة حمص فجر اليوم.", RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem();
        (incident.Type, incident.Intercepted).ShouldBe((IncidentType.Airstrike, (bool?)null));
    }

    /// <summary>
    /// One attack with its own dead or wounded, its weapon unnamed, is placed in the region the text gives; attacks in the
    /// plural, or over a period, are not one.
    /// </summary>
    [Theory]
    [InlineData("قالت وزارة الدفاع التركية إن جنديا قتل وأصيب اثنان آخران في هجوم شنه مسلحون على قاعدة عسكرية شمالي العراق.", 1)]
    [InlineData("قالت وزارة الدفاع التركية إن جنديين قتلا في هجمات شنها مسلحون على قواعد عسكرية شمالي العراق.", 0)]
    [InlineData("قتل 12 جنديا في هجمات شمالي العراق خلال الشهر الماضي.", 0)]
    [InlineData("شن مسلحون هجوما على قاعدة تركية شمالي العراق، ما أدى إلى مقتل جندي.", 1)]
    [InlineData("يتعرض الجنود الأتراك لخطر القتل في أي هجوم على قواعدهم شمالي العراق.", 0)]
    public void OneAttackWithItsOwnCasualtiesIsPlacedInItsRegion(string sentence, int incidents) =>
        TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.Count(i => i.PlaceId == "north-iraq").ShouldBe(incidents);

    /// <summary>
    /// A few attacks told together on one day are those attacks, one at each site told: listed by the support verb
    /// before the noun, after it, or one by one with ordinals (each with its own weapon, if it has one). A count after
    /// the attacks its sentence told takes them back and gives them its day.
    /// </summary>
    [Theory]
    [InlineData("قال مسؤول عسكري أمريكي إن القوات الأمريكية في سوريا تعرضت لهجومين بطائرات مسيرة يوم الخميس، الأول على قاعدة الشدادي والثاني على حقل كونيكو.",
        "drone shaddadi-base 2024-02-08|drone conoco-gas-field 2024-02-08")]
    [InlineData("تعرضت قاعدة حرير وقاعدة عين الأسد لهجوم بطائرات مسيرة يوم الخميس.", "drone harir-air-base 2024-02-08|drone ain-al-asad 2024-02-08")]
    [InlineData("شنت الفصائل هجومين بطائرات مسيرة على قاعدة حرير وقاعدة عين الأسد مساء الأربعاء.", "drone harir-air-base 2024-02-07|drone ain-al-asad 2024-02-07")]
    [InlineData("وقع هجومان منفصلان مساء الثلاثاء: الأول بطائرة مسيرة على قاعدة حرير، والثاني بصواريخ على قاعدة عين الأسد.",
        "drone harir-air-base 2024-02-06|rocket ain-al-asad 2024-02-06")]
    [InlineData("استهدفت طائرتان مسيرتان قاعدة حرير في أربيل، فيما سقطت ثلاثة صواريخ قرب قاعدة عين الأسد في الأنبار، في هجومين منفصلين مساء الثلاثاء.",
        "drone harir-air-base 2024-02-06|rocket ain-al-asad 2024-02-06")]
    // Over a period, or many, they are a tally.
    [InlineData("تعرضت القوات الأمريكية لهجومين خلال الأسبوع الماضي على قاعدتي حرير وعين الأسد.", "")]
    [InlineData("شنت الفصائل عشرة هجمات يوم الخميس على قواعد حرير وعين الأسد والتنف.", "")]
    public void AFewAttacksOfOneDayAreEachAnIncident(string sentence, string expected)
    {
        var incidents = new ArticlePipeline(RepoFiles.Lexicons).Run(new ArticleInput(sentence, PublishedAt: new DateOnly(2024, 2, 10))).Incidents;
        string.Join("|", incidents.Select(i => $"{i.Type.ToString().ToLowerInvariant()} {i.PlaceId} {i.Date?.Value}")).ShouldBe(expected);
    }

    /// <summary>Two towns or governorates joined by و, neither inside the other, are each struck; a base and its town, or the ends of a road (بين), are one place.</summary>
    [Theory]
    [InlineData("شنت طائرات أمريكية غارات على مواقع للحوثيين في العاصمة صنعاء ومحافظة الحديدة، فجر السبت.", "sanaa|hodeidah")]
    [InlineData("قصفت طائرات إسرائيلية مواقع في دير الزور والبوكمال ليل الأحد.", "deir-ez-zor|albukamal")]
    [InlineData("سقطت صواريخ على قاعدة حرير وأربيل فجر اليوم.", "harir-air-base")]
    [InlineData("سقط صاروخان في محافظة الأنبار وقضاء حديثة فجر اليوم.", "haditha")]
    // Targets listed with their towns (بينها ... في القائم ومقر قيادة في البوكمال); not a base and its town.
    [InlineData("نفذت القوات الأمريكية ضربات على مواقع، بينها مستودعات أسلحة في القائم ومقر قيادة في البوكمال، فجر اليوم.", "al-qaim|albukamal")]
    [InlineData("سقطت صواريخ على قاعدة حرير وعدد من المواقع في أربيل فجر اليوم.", "harir-air-base")]
    // The two ends of a road are one stretch.
    [InlineData("قصفت طائرة مسيرة سيارة على الطريق بين دير الزور والبوكمال فجر اليوم.", "deir-ez-zor")]
    // The desert or the countryside of a city that names its governorate is that governorate; its vicinity, or a town's
    // countryside, is the town.
    [InlineData("هاجم مسلحون نقطة للجيش السوري في بادية دير الزور، ما أسفر عن مقتل سبعة جنود.", "deir-ez-zor-governorate")]
    [InlineData("هاجم مسلحون نقطة للجيش السوري في محيط دير الزور، ما أسفر عن مقتل سبعة جنود.", "deir-ez-zor")]
    [InlineData("قتل 14 مسلحا في غارات جوية مجهولة على مواقعهم في ريف البوكمال، فجر اليوم.", "albukamal")]
    public void TownsJoinedByWawAreEachStruck(string sentence, string places) =>
        string.Join("|", TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.Select(i => i.PlaceId)).ShouldBe(places);

    /// <summary>A place after من, with a noun of place or two between (من منطقة إدلب، من منطقة سهل نينوى), is where the weapons came from.</summary>
    [Theory]
    [InlineData("أسقطت الدفاعات الجوية في قاعدة حميميم ثلاث طائرات مسيرة أطلقها مسلحون من منطقة إدلب، فجر اليوم.", "hmeimim-air-base")]
    [InlineData("قال مصدر أمني إن الهجوم الذي استهدف مطار أربيل الدولي تم بطائرة مسيرة انطلقت من منطقة سهل نينوى.", "erbil-international-airport")]
    public void APlaceNounAfterMinKeepsTheOrigin(string sentence, string place) =>
        TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.Select(i => i.PlaceId).ShouldBe([place]);

    /// <summary>A weapon's adjective the lexicon also lists alone (مفخخة) is the same weapon: counted from its first word.</summary>
    [Theory]
    [InlineData("قالت الوزارة إن ثلاث طائرات مسيرة مفخخة استهدفت قاعدة حرير الجوية فجر اليوم.", 3)]
    [InlineData("قالت الوزارة إن طائرة مسيرة مفخخة استهدفت قاعدة حرير الجوية فجر اليوم.", 1)]
    public void AWeaponsAdjectiveIsTheSameWeapon(string sentence, int count) =>
        TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem().WeaponCount.ShouldBe(count);

    /// <summary>An attack at one place told at a place inside it is counted as one: the third rocket after two.</summary>
    [Fact]
    public void AnOrdinalCountsOnAcrossAPlaceAndTheSiteInsideIt() =>
        TestLexicons.Run("تصدت منظومة الدفاع الجوي في السفارة الأمريكية لصاروخين أطلقا باتجاه المنطقة الخضراء، فيما سقط صاروخ ثالث في ساحة فارغة.", RepoFiles.Lexicons)
            .Incidents.ShouldHaveSingleItem().WeaponCount.ShouldBe(3);

    /// <summary>An attack told at sea or in a region, at a time or with a count, is an incident there.</summary>
    [Theory]
    [InlineData("أطلق الحوثيون الثلاثاء صاروخا باليستيا باتجاه مدمرة أمريكية في البحر الأحمر.", IncidentType.Missile, "red-sea")]
    [InlineData("شنت طائرات أمريكية فجر اليوم ثلاث غارات على مواقع للفصائل في شرق سوريا.", IncidentType.Airstrike, "east-syria")]
    // "Precision strikes" are a state's air strikes, named as such.
    [InlineData("أعلنت القيادة المركزية الأمريكية أن قواتها نفذت فجر الجمعة ضربات دقيقة على منشآت في شرق سوريا.", IncidentType.Airstrike, "east-syria")]
    // Off a coastal town (قبالة، a distance in miles) is in the sea its coast faces; near its port is the town.
    [InlineData("أفادت هيئة التجارة البحرية البريطانية بتعرض سفينة لهجوم بصاروخ على بعد 60 ميلا بحريا غرب الحديدة.", IncidentType.Missile, "red-sea")]
    [InlineData("تعرضت ناقلة نفط لهجوم بصاروخ على بعد 40 ميلا جنوب شرق عدن، مساء الأحد.", IncidentType.Missile, "gulf-of-aden")]
    [InlineData("استهدف الحوثيون سفينة تجارية بطائرة مسيرة قبالة سواحل المخا، فجر اليوم.", IncidentType.Drone, "red-sea")]
    [InlineData("استهدف الحوثيون سفينة تجارية بطائرة مسيرة قرب ميناء الحديدة، فجر اليوم.", IncidentType.Drone, "hodeidah")]
    // One target in the singular makes one event, with no number or time.
    [InlineData("أعلن الحوثيون استهداف سفينة إسرائيلية في البحر الأحمر بطائرات مسيرة، وقالوا إن الإصابة كانت دقيقة.", IncidentType.Drone, "red-sea")]
    [InlineData("استهدفت غارة جوية مقرا للفصائل في شرق سوريا.", IncidentType.Airstrike, "east-syria")]
    public void AnAttackAtSeaOrInARegionIsPlacedThere(string sentence, IncidentType type, string place)
    {
        var incident = TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem();
        (incident.Type, incident.PlaceId).ShouldBe((type, place));
    }

    /// <summary>
    /// Training and protection in an attack's own words are no drill and no defence plan: an attack on a training camp,
    /// or on a protection force, happened; so did the one a launcher found afterwards had fired.
    /// </summary>
    [Theory]
    [InlineData("استهدف هجوم بطائرة مسيرة مركز تدريب في قاعدة حرير الجوية فجر اليوم.", "harir-air-base")]
    [InlineData("تعرضت قوة حماية تابعة للتحالف لهجوم بعبوة ناسفة قرب قاعدة بلد الجوية.", "balad-air-base")]
    [InlineData("عثرت القوات على منصة الإطلاق التي استخدمت في قصف قاعدة عين الأسد فجر اليوم.", "ain-al-asad")]
    public void AnAttackOnTrainersOrGuardsHappened(string sentence, string place) =>
        TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem().PlaceId.ShouldBe(place);

    /// <summary>Condemning an attack says it happened: a condemnation of a named attack is a report of it.</summary>
    [Theory]
    [InlineData("أدانت وزارة الخارجية العراقية الهجوم على قاعدة عين الأسد ووصفته بالعمل الإرهابي.", IncidentType.Other, "ain-al-asad")]
    [InlineData("دانت الرئاسة العراقية هجوما صاروخيا استهدف معسكر التاجي مساء أمس.", IncidentType.Rocket, "camp-taji")]
    public void ACondemnedAttackHappened(string sentence, IncidentType type, string place)
    {
        var incident = TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem();
        (incident.Type, incident.PlaceId).ShouldBe((type, place));
    }

    [Fact]
    public void AnArmedGroupReportingAnAttackItSufferedDoesNotClaimIt()
    {
        var incident = TestLexicons.Run("وأعلنت قوات سوريا الديمقراطية عن تعرض حقل العمر النفطي لقصف صاروخي.", RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem();
        incident.Stance.ShouldBe(Stance.Reported);
        incident.PerpetratorIds.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("أعلنت هيئة الحشد الشعبي مقتل 3 من منتسبيها في قصف على مقراتها في جرف النصر.", "pmf")]
    [InlineData("أعلنت كتائب حزب الله إصابة اثنين من مقاتليها في غارة على مدينة القائم.", "kataib-hezbollah")]
    public void AnArmedGroupAnnouncingItsOwnLossesDoesNotClaimTheAttack(string sentence, string group)
    {
        var incident = TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem();
        incident.Stance.ShouldBe(Stance.Reported);
        incident.PerpetratorIds.ShouldNotContain(group);
        incident.TargetIds.ShouldContain(group);
    }

    /// <summary>
    /// Between the verb and its object stands the subject: members of a group (مسلحون من داعش) when an object follows,
    /// or the weapon, whose owner (طائرة مسيرة تابعة للجيش التركي) attacked. Without an object after them, members of
    /// a group read as a passive's subject: they were targeted.
    /// </summary>
    [Theory]
    [InlineData("هاجم مسلحون من تنظيم داعش نقطة عسكرية للجيش العراقي في قضاء الطارمية، ما أدى إلى استشهاد ضابط وجنديين.", "isis", "iraqi-army")]
    [InlineData("استهدف عناصر من الحشد الشعبي بطائرة مسيرة في القائم.", null, "pmf")]
    [InlineData("استهدفت طائرة مسيرة تابعة للجيش التركي مقرا في سنجار.", "turkish-military", null)]
    [InlineData("استهدفت طائرة مسيرة مقرا تابعا لكتائب حزب الله في القائم.", null, "kataib-hezbollah")]
    [InlineData("استهدفت عبوة ناسفة رتلا للدعم اللوجستي تابعا للتحالف الدولي على الطريق الدولي في الديوانية دون إصابات.", null, "global-coalition")]
    public void TheSubjectBetweenTheVerbAndItsObjectSeparatesAttackerFromTarget(string sentence, string? perpetrator, string? target)
    {
        var incident = TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem();
        incident.PerpetratorIds.ShouldBe(perpetrator is null ? [] : [perpetrator]);
        incident.TargetIds.ShouldBe(target is null ? [] : [target]);
    }

    /// <summary>The owner of another weapon in the sentence (the jet answering the rockets) did not fire the rockets.</summary>
    [Fact]
    public void TheOwnerOfAnotherWeaponIsNotTheAttacker()
    {
        var incidents = TestLexicons.Run("قال مسؤولون إن الصواريخ التي أطلقت من سوريا سقطت بالقرب من قاعدة حرير مساء الاثنين، مما دفع طائرة مقاتلة تابعة للتحالف الدولي إلى تدمير منصة الإطلاق.", RepoFiles.Lexicons).Incidents;
        incidents.Single(i => i.Type == IncidentType.Rocket).PerpetratorIds.ShouldBeEmpty();
    }

    /// <summary>A member noun that opens an actor's own name (خلية الإعلام الأمني) is no member of another group.</summary>
    [Fact]
    public void AnActorWhoseNameOpensWithAMemberNounIsTheSubject() =>
        TestLexicons.Run("نفذت خلية الإعلام الأمني ضربة جوية على مقر لداعش في قضاء الطارمية.", RepoFiles.Lexicons)
            .Incidents.ShouldHaveSingleItem().PerpetratorIds.ShouldContain("security-media-cell");

    /// <summary>Losses named as another force's are that force's: the announcer is not the target.</summary>
    [Fact]
    public void AForceAnnouncingAnothersLossesIsNotTheTarget() =>
        TestLexicons.Run("أعلن الجيش الأمريكي مقتل قيادي بارز في كتائب حزب الله بضربة بطائرة مسيرة استهدفت سيارته في حي المشتل شرقي بغداد.", RepoFiles.Lexicons)
            .Incidents.ShouldHaveSingleItem().TargetIds.ShouldBe(["kataib-hezbollah"]);

    [Fact]
    public void MergesSentencesAboutOneAttackAndCarriesTheNoCasualtyFollowUp()
    {
        const string text = "استهدفت طائرتان مسيرتان قاعدة عين الأسد الجوية بالعراق وفق ما قال مصدران عسكريان عراقيان.\n"
            + "وقال مسؤول عسكري عراقي إن أنظمة الدفاع الجوي أسقطت طائرة مسيرة بالقرب من محيط القاعدة.\n"
            + "وأضاف المصدران أن الهجوم لم يسفر عن إصابات.";
        var incident = TestLexicons.Run(text).Incidents.ShouldHaveSingleItem();
        incident.Type.ShouldBe(IncidentType.Drone);
        incident.PlaceId.ShouldBe("ain-al-asad");
        incident.WeaponCount.ShouldBe(2);
        incident.Intercepted.ShouldBe(true);
        incident.Killed.ShouldBe(0);
        incident.Wounded.ShouldBe(0);
        incident.Attribution.ShouldBe("مصدران عسكريان عراقيان");
        incident.Evidence.Text.ShouldStartWith("استهدفت");
        incident.Evidence.Text.ShouldEndWith("إصابات.");
    }

    /// <summary>
    /// A follow-up that dates the attack (أسقطت الدفاعات، مساء الثلاثاء، الطائرتين) completes and dates it; one dated weeks
    /// before the report tells another event and is not joined to it.
    /// </summary>
    [Theory]
    [InlineData("استهدفت طائرتان مسيرتان قاعدة عين الأسد الجوية.\nوقالت مصادر أمنية إن الدفاعات الجوية أسقطت، مساء الثلاثاء، الطائرتين المسيرتين من دون وقوع إصابات.", "2024-01-10", "2024-01-09", true)]
    [InlineData("استهدفت طائرتان مسيرتان قاعدة عين الأسد الجوية.\nوقالت مصادر أمنية إن الدفاعات الجوية أسقطت في الثامن من كانون الأول طائرتين مسيرتين من دون وقوع إصابات.", "2024-01-10", null, null)]
    public void ADatedFollowUpDatesTheAttackItCompletes(string text, string published, string? date, bool? intercepted)
    {
        var incident = new ArticlePipeline(TestLexicons.Fixture)
            .Run(new ArticleInput(text, PublishedAt: DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)))
            .Incidents.First(i => i.PlaceId == "ain-al-asad" && !i.Background);
        (incident.Date?.Value, incident.Intercepted).ShouldBe((date, intercepted));
    }

    /// <summary>
    /// An attack of weeks before, told in a clause of its own after the day's attack in the same sentence ("...، وكانت
    /// القاعدة قد تعرضت في الرابع من كانون الثاني لهجوم"), is recalled at the base the clause takes back. Before the
    /// comma, a place is the day's attack's; a day of the same week told in the plain past is no recall.
    /// </summary>
    [Theory]
    [InlineData("تعرضت قاعدة عين الأسد الجوية، فجر الأحد، لهجوم بثلاثة صواريخ، وكانت القاعدة قد تعرضت في الرابع من كانون الثاني الماضي لهجوم بطائرتين مسيرتين.", 2, true)]
    [InlineData("تعرضت قاعدة عين الأسد الجوية، فجر الأحد، لهجوم بثلاثة صواريخ، وتعرضت القاعدة مساء الجمعة لهجوم بطائرتين مسيرتين.", 2, false)]
    // Told in the pluperfect, two days before is recalled too (AnAttackToldInThePluperfectOnAnEarlierDayIsRecalled).
    [InlineData("تعرضت قاعدة عين الأسد الجوية، فجر الأحد، لهجوم بثلاثة صواريخ، وكانت القاعدة قد تعرضت مساء الجمعة لهجوم بطائرتين مسيرتين.", 2, true)]
    [InlineData("تعرضت قاعدة عين الأسد الجوية، فجر الأحد، لهجوم بثلاثة صواريخ.", 1, false)]
    public void AnOldAttackInAClauseAfterTheDaysIsRecalled(string text, int count, bool recalled)
    {
        var incidents = new ArticlePipeline(RepoFiles.Lexicons)
            .Run(new ArticleInput(text, PublishedAt: DateOnly.Parse("2024-02-12", System.Globalization.CultureInfo.InvariantCulture))).Incidents;
        incidents.Count.ShouldBe(count);
        incidents.ShouldAllBe(i => i.PlaceId == "ain-al-asad");
        incidents.Single(i => i.Type == IncidentType.Rocket).Background.ShouldBeFalse();
        incidents.Any(i => i.Background).ShouldBe(recalled);
    }

    /// <summary>
    /// An attack told with no place is placed by the next sentence when that sentence tells no event and names one site,
    /// in the country the attack's sentence names, or in the country of the region or country it was placed in. A site in
    /// another country, a sentence of its own event, or one further on do not place it: it stays at the region or the
    /// country its own sentence names (OneAttackOnlyACountryPlacesIsPlacedThere).
    /// </summary>
    [Theory]
    [InlineData("قتل ثلاثة جنود أمريكيين في هجوم بطائرة مسيرة على موقع عسكري شمال شرق الأردن.\nوأفادت شبكة أمريكية بأن الجنود كانوا في البرج 22 قرب الحدود مع سوريا.", "tower-22")]
    [InlineData("أصيب جنديان في هجوم بطائرة مسيرة استهدف موقعا للتحالف فجر اليوم.\nوبحسب مصادر محلية، فإن الموقع المستهدف هو قاعدة التنف.", "al-tanf")]
    [InlineData("قتل ثلاثة جنود أمريكيين في هجوم بطائرة مسيرة على موقع عسكري في الأردن.\nوأفادت شبكة أمريكية بأن الجنود كانوا في البرج 22 قرب الحدود مع سوريا.", "tower-22")]
    [InlineData("قتل ثلاثة جنود أمريكيين في هجوم بطائرة مسيرة على موقع عسكري شمال شرق الأردن.\nوتعد قاعدة عين الأسد في العراق من أكبر القواعد.", "northeast-jordan")]
    [InlineData("قتل ثلاثة جنود أمريكيين في هجوم بطائرة مسيرة على موقع عسكري شمال شرق الأردن.\nوقال المتحدث إن الحادث خطير.\nوأفادت شبكة أمريكية بأن الجنود كانوا في البرج 22.", "northeast-jordan")]
    [InlineData("قتل ثلاثة جنود أمريكيين في هجوم بطائرة مسيرة على موقع عسكري شمال شرق الأردن.\nوفي سياق آخر، أطلقت صواريخ على قاعدة التنف.", "northeast-jordan")]
    [InlineData("قتل ثلاثة جنود أمريكيين في هجوم بطائرة مسيرة على موقع عسكري في الأردن.\nوتعد قاعدة عين الأسد في العراق من أكبر القواعد.", "jordan")]
    public void TheNextSentenceNamingOneSitePlacesAnAttackToldWithoutOne(string text, string place)
    {
        var incidents = TestLexicons.Run(text, RepoFiles.Lexicons).Incidents;
        incidents.Single(i => i.Type == IncidentType.Drone).PlaceId.ShouldBe(place);
    }

    /// <summary>
    /// Aircraft that strike are counted by the rockets or missiles they fire in their clause when the raid is not counted;
    /// a launch in another clause is another's, and a counted raid keeps its own count.
    /// </summary>
    [Theory]
    [InlineData("قال المرصد إن طائرات إسرائيلية أطلقت ستة صواريخ على مواقع للفصائل قرب مدينة الميادين.", 6)]
    [InlineData("شن الطيران الأمريكي غارات على مواقع للفصائل قرب مدينة الميادين، فيما أطلقت الفصائل ثلاثة صواريخ على قاعدة.", null)]
    [InlineData("شن الطيران الأمريكي ثلاث غارات بصواريخ موجهة على مواقع للفصائل قرب مدينة الميادين.", 3)]
    public void AircraftAreCountedByWhatTheyFire(string sentence, int? count) =>
        TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.First(i => i.Type == IncidentType.Airstrike).WeaponCount.ShouldBe(count);

    [Fact]
    public void KeepsAttacksOnTwoBasesApart()
    {
        const string text = "سقط صاروخ داخل قاعدة عين الأسد الجوية.\nوفي حادث آخر استهدفت طائرة مسيرة قاعدة حرير.";
        var incidents = TestLexicons.Run(text).Incidents;
        incidents.Select(i => i.PlaceId).ShouldBe(["ain-al-asad", "harir"]);
    }

    [Fact]
    public void AnUntypedFollowUpTakesTheTypeOfTheAttackItDescribes()
    {
        const string text = "تعرضت قاعدة حرير لهجوم صاروخي.\nوأسفر الهجوم على قاعدة حرير عن إصابة جنديين.";
        var incident = TestLexicons.Run(text).Incidents.ShouldHaveSingleItem();
        incident.Type.ShouldBe(IncidentType.Rocket);
        incident.Wounded.ShouldBe(2);
    }

    [Fact]
    public void TheBaseRefersToTheBaseTheTitleNames()
    {
        var facts = new ArticlePipeline(TestLexicons.Fixture).Run(new ArticleInput("وقال مصدر أمني إن صاروخين سقطا داخل القاعدة فجر اليوم.", Title: "هجوم صاروخي على قاعدة حرير"));
        facts.Incidents.ShouldHaveSingleItem().PlaceId.ShouldBe("harir");
    }

    [Fact]
    public void TheBaseWithNoBaseNamedAnywherePlacesNothing() =>
        TestLexicons.Run("وقال مصدر أمني إن صاروخين سقطا داخل القاعدة فجر اليوم.").Incidents.ShouldBeEmpty();

    [Fact]
    public void ACountryAloneDoesNotPlaceAnIncident() =>
        TestLexicons.Run("وردت الولايات المتحدة بضربات استهدفت مواقع تابعة لميليشيات في العراق.").Incidents.ShouldBeEmpty();

    [Fact]
    public void ArmedGroupAnnouncingAnAttackClaimsIt()
    {
        var incident = TestLexicons.Run("أعلنت المقاومة الإسلامية في العراق استهداف قاعدة التنف بطائرتين مسيرتين.").Incidents.ShouldHaveSingleItem();
        incident.Stance.ShouldBe(Stance.Claimed);
        incident.PerpetratorIds.ShouldBe(["islamic-resistance-iraq"]);
    }

    [Fact]
    public void TheForceABaseHostsIsTheTarget() =>
        TestLexicons.Run("استهدفت طائرتان مسيرتان قاعدة عين الأسد الجوية التي تستضيف القوات الأمريكية.").Incidents.ShouldHaveSingleItem()
            .TargetIds.ShouldBe(["us-forces"]);

    [Theory]
    [InlineData("شنت القوات الأمريكية ضربات على ثلاثة مواقع تابعة لكتائب حزب الله في جرف الصخر.")]
    [InlineData("نفذت القوات الأمريكية ضربات دقيقة على منشآت تستخدمها كتائب حزب الله في مدينة القائم.")]
    public void TheGroupWhoseSitesAreStruckIsTheTarget(string sentence) =>
        TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem().TargetIds.ShouldContain("kataib-hezbollah");

    [Theory]
    [InlineData("استهدف مجاهدو المقاومة الإسلامية في العراق، صباح اليوم، قاعدة حقل العمر بسوريا بالطيران المسير.", "islamic-resistance-in-iraq")]
    [InlineData("هاجم مقاتلو كتائب حزب الله قاعدة عين الأسد بالصواريخ.", "kataib-hezbollah")]
    public void TheGroupWhoseMembersAttackIsThePerpetrator(string sentence, string group) =>
        TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem().PerpetratorIds.ShouldBe([group]);

    [Fact]
    public void MembersOfAGroupAsTheObjectMakeNoPerpetrator() =>
        TestLexicons.Run("استهدفت طائرة مسيرة عناصر كتائب حزب الله في مدينة القائم.", RepoFiles.Lexicons)
            .Incidents.ShouldHaveSingleItem().PerpetratorIds.ShouldNotContain("kataib-hezbollah");

    [Fact]
    public void AGroupNamedLaterInTheClauseIsNoTarget() =>
        TestLexicons.Run("شنت القوات الأمريكية ضربات على جرف الصخر بعد أن هددت كتائب حزب الله القوات.", RepoFiles.Lexicons)
            .Incidents.ShouldHaveSingleItem().TargetIds.ShouldNotContain("kataib-hezbollah");

    [Fact]
    public void TheForceTheCasualtiesBelongToIsTheTarget() =>
        TestLexicons.Run("انفجار هائل دمر قاعدة كالسو مما أسفر عن مقتل أحد أعضاء وحدات الحشد الشعبي.").Incidents.ShouldHaveSingleItem()
            .TargetIds.ShouldBe(["pmf"]);

    /// <summary>A nationality adjective on the attack noun, the weapon phrase or a weapon noun names the attacker.</summary>
    [Theory]
    [InlineData("شنت طائرات إسرائيلية غارة على مطار دمشق الدولي.", "israeli-military")]
    [InlineData("قصفت طائرات مسيرة تركية موقعا قرب القامشلي.", "turkish-military")]
    [InlineData("استهدفت غارة أمريكية مقرا لكتائب حزب الله في مدينة القائم.", "us-forces")]
    [InlineData("قصف مدفعي تركي على قرى في قضاء زاخو.", "turkish-military")]
    [InlineData("استهدفت صواريخ باليستية إيرانية قاعدة عين الأسد.", "iran")]
    [InlineData("قصف أمريكي استهدف مقرا للحشد في جرف الصخر.", "us-forces")]
    [InlineData("أفاد المرصد السوري بمقتل ستة عناصر جراء غارات جوية يرجح أنها إسرائيلية استهدفت مواقعهم في بادية البوكمال.", "israeli-military")]
    public void ANationalityOnTheWeaponNamesTheAttacker(string sentence, string attacker) =>
        TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem().PerpetratorIds.ShouldBe([attacker]);

    /// <summary>
    /// Aircraft of a state are warplanes, and a state's armed drone firing on a target strikes as they do; a drone with no
    /// state (a militia's, an unknown one) is a drone attack; planes with no state (الطائرات المدنية) type nothing.
    /// </summary>
    [Theory]
    [InlineData("قصفت طائرات أمريكية مواقع لكتائب حزب الله في جرف الصخر.", IncidentType.Airstrike)]
    [InlineData("قصفت طائرة تركية مسيرة سيارة في سنجار.", IncidentType.Airstrike)]
    [InlineData("قصفت طائرة مسيرة مجهولة سيارة في سنجار.", IncidentType.Drone)]
    [InlineData("تعرض مطار أربيل لهجوم وتوقفت الطائرات المدنية عن الهبوط.", IncidentType.Other)]
    public void AStatesAircraftAreWarplanes(string sentence, IncidentType type) =>
        TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem().Type.ShouldBe(type);

    /// <summary>Not on the target (قاعدة أمريكية), nor the maker (إيرانية الصنع), nor the defences.</summary>
    [Theory]
    [InlineData("استهدفت طائرة مسيرة قاعدة أمريكية في الحسكة.")]
    [InlineData("استهدفت طائرة مسيرة إيرانية الصنع قاعدة عين الأسد.")]
    [InlineData("أسقطت الدفاعات الجوية الأمريكية طائرة مسيرة فوق قاعدة حرير.")]
    [InlineData("استهدف قصف مقرا للقوات الأمريكية في قاعدة حرير.")]
    [InlineData("أفاد المرصد بمقتل ستة عناصر جراء غارات جوية استهدفت مواقع يعتقد أنها إيرانية في البوكمال.")]
    public void ANationalityElsewhereNamesNoAttacker(string sentence) =>
        TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem().PerpetratorIds.ShouldBeEmpty();

    [Fact]
    public void AnAccusedGroupIsThePerpetrator() =>
        TestLexicons.Run("واتهمت واشنطن كتائب حزب الله بالوقوف وراء الهجوم الصاروخي على قاعدة حرير.").Incidents.ShouldHaveSingleItem()
            .PerpetratorIds.ShouldBe(["kataib-hezbollah"]);

    [Fact]
    public void OfficialBodyAnnouncingAnInterceptionConfirmsIt()
    {
        var incident = TestLexicons.Run("أعلنت خلية الإعلام الأمني أن الدفاعات الجوية في قاعدة عين الأسد تصدت لطائرتين مسيرتين وأسقطتهما.").Incidents.ShouldHaveSingleItem();
        incident.Stance.ShouldBe(Stance.Confirmed);
        incident.Attribution.ShouldBe("خلية الإعلام الأمني");
        incident.Intercepted.ShouldBe(true);
        incident.WeaponCount.ShouldBe(2);
    }

    [Fact]
    public void TargetIsTheForceTheAttackIsAimedAt()
    {
        var incident = TestLexicons.Run("وفتحت السلطات تحقيقا حول الهجوم الذي استهدف قوات من البشمركة في دهوك.").Incidents.ShouldHaveSingleItem();
        incident.Type.ShouldBe(IncidentType.Other);
        incident.TargetIds.ShouldBe(["peshmerga"]);
    }

    [Fact]
    public void SummaryIsBuiltFromTheFields()
    {
        var incident = TestLexicons.Run("أسقطت القوات الأمريكية طائرتين بدون طيار بالقرب من قاعدة عين الأسد الجوية دون وقوع إصابات.").Incidents.ShouldHaveSingleItem();
        incident.SummaryEn.ShouldBe("Drone attack on Ain al-Asad Air Base (Iraq), targeting US forces: 2 drones, intercepted, no casualties.");
    }

    [Theory]
    [InlineData("ثلاثة صواريخ استهدفت قاعدة حرير الجوية في محافظة أربيل مساء الأحد، وأسفرت عن إصابة أربعة جنود أمريكيين.")]
    [InlineData("أعلن مسؤول أمريكي أن ثلاثة صواريخ استهدفت قاعدة حرير الجوية في محافظة أربيل مساء الأحد، وأسفرت عن إصابة أربعة جنود أمريكيين.")]
    [InlineData("استهدفت ثلاثة صواريخ قاعدة حرير الجوية في محافظة أربيل مساء الأحد، وأسفرت عن إصابة أربعة جنود أمريكيين.")]
    public void ACountedWeaponBeforeItsVerbIsTheSubjectNotACountOfAttacks(string sentence)
    {
        var incident = TestLexicons.Run(sentence).Incidents.ShouldHaveSingleItem();
        (incident.Type, incident.PlaceId, incident.WeaponCount, incident.Wounded).ShouldBe((IncidentType.Rocket, "harir", 3, 4));
    }

    [Fact]
    public void ACountOfAttacksBeforeTheAttackNounIsStillASummary() =>
        TestLexicons.Run("وتعرضت قاعدة حرير إلى ثلاث هجمات صاروخية منذ بداية الشهر.").Incidents.ShouldBeEmpty();

    /// <summary>
    /// After ردا على / انتقاما لـ comes the earlier attack being answered: its own place and casualties, recalled as
    /// background, without the retaliation's attacker or weapon.
    /// </summary>
    [Fact]
    public void AnAttackAnsweredByARetaliationIsItsOwnBackgroundIncident()
    {
        var incidents = TestLexicons.Run("قصفت طائرات أمريكية مواقع لكتائب حزب الله في جرف الصخر انتقاما لمقتل ثلاثة جنود في هجوم على قاعدة البرج 22.", RepoFiles.Lexicons).Incidents;
        incidents.Count.ShouldBe(2);
        var strike = incidents.Single(i => i.PlaceId == "jurf-al-sakhar");
        (strike.Background, strike.Killed).ShouldBe((false, null));
        strike.PerpetratorIds.ShouldContain("us-forces");
        var answered = incidents.Single(i => i.PlaceId == "tower-22");
        (answered.Background, answered.Killed).ShouldBe((true, 3));
        answered.PerpetratorIds.ShouldBeEmpty();
    }

    /// <summary>
    /// An attack told in the pluperfect (وكانت ... قد استهدفت) on a day before the story's own is recalled; on the same day,
    /// or told in the plain past, it is the day's news.
    /// </summary>
    [Theory]
    [InlineData("أعلنت المقاومة الإسلامية في العراق، مساء اليوم الخميس، استهداف قاعدة خراب الجير بطائرة مسيرة.\nوكانت المقاومة قد استهدفت، أمس الأربعاء، قاعدة الشدادي بصلية من الصواريخ.", true)]
    [InlineData("أعلنت المقاومة الإسلامية في العراق، مساء اليوم الخميس، استهداف قاعدة خراب الجير بطائرة مسيرة.\nواستهدفت المقاومة، أمس الأربعاء، قاعدة الشدادي بصلية من الصواريخ.", false)]
    [InlineData("أعلنت المقاومة الإسلامية في العراق، مساء اليوم الخميس، استهداف قاعدة خراب الجير بطائرة مسيرة.\nوكانت المقاومة قد استهدفت، مساء اليوم نفسه، قاعدة الشدادي بصلية من الصواريخ.", false)]
    public void AnAttackToldInThePluperfectOnAnEarlierDayIsRecalled(string text, bool recalled)
    {
        var incidents = new ArticlePipeline(RepoFiles.Lexicons)
            .Run(new ArticleInput(text, PublishedAt: DateOnly.Parse("2023-11-23", System.Globalization.CultureInfo.InvariantCulture))).Incidents;
        incidents.Single(i => i.PlaceId == "kharab-al-jir").Background.ShouldBeFalse();
        incidents.Single(i => i.PlaceId == "shaddadi-base").Background.ShouldBe(recalled);
    }

    /// <summary>
    /// One attack that only a country places (في الأردن), or a region of it (شمال شرق الأردن), with a number or a time, is
    /// an incident there, when no neighbouring sentence places it closer; not raids over two countries, nor a country the
    /// weapon came from. A country's adjective (قرب الحدود السورية) names no second country.
    /// </summary>
    [Theory]
    [InlineData("لقي ثلاثة جنود أمريكيين حتفهم في هجوم بطائرة مسيرة على موقع عسكري في الأردن.", "jordan")]
    [InlineData("لقي ثلاثة جنود أمريكيين حتفهم في هجوم بطائرة مسيرة على موقع عسكري شمال شرق الأردن.", "northeast-jordan")]
    [InlineData("أعلن البنتاغون، الأحد، مقتل ثلاثة جنود في هجوم بطائرة مسيرة استهدف قاعدة في الأردن قرب الحدود السورية.", "jordan")]
    [InlineData("أعلن البنتاغون، الأحد، مقتل ثلاثة جنود في هجوم بطائرة مسيرة استهدف قاعدة في الأردن قرب الحدود مع سوريا.", "jordan")]
    [InlineData("أعلن البنتاغون، الأحد، مقتل ثلاثة جنود في هجوم بطائرة مسيرة استهدف قاعدة في الأردن وأخرى في سوريا.", null)]
    [InlineData("استهدفت طائرة مسيرة قاعدة في سوريا، الأحد.", "syria")]
    [InlineData("شن الجيش الأمريكي ضربات على 85 هدفا في العراق وسوريا.", null)]
    [InlineData("أطلق الحوثيون الثلاثاء صاروخا باليستيا من اليمن، واعترضته مدمرة أمريكية.", null)]
    public void OneAttackOnlyACountryPlacesIsPlacedThere(string sentence, string? place) =>
        TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.Select(i => i.PlaceId).ShouldBe(place is null ? [] : [place]);

    /// <summary>Carrying on since this morning or for hours is today's attack, not a habit.</summary>
    [Theory]
    [InlineData("تواصل القوات التركية منذ فجر اليوم قصف مواقع حزب العمال الكردستاني في قضاء سنجار.", "sinjar")]
    [InlineData("يستمر قصف قاعدة عين الأسد منذ ساعات بالصواريخ.", "ain-al-asad")]
    public void CarryingOnTodayIsAnAttack(string sentence, string place) =>
        TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem().PlaceId.ShouldBe(place);

    /// <summary>
    /// Figures in the clause of an answered attack that has no place of its own are not the answer's: they are left
    /// with it. After a comma, a result clause may be the answer's own.
    /// </summary>
    [Theory]
    [InlineData("شنت الطائرات التركية غارات على مواقع لحزب العمال الكردستاني في قضاء العمادية ردا على هجوم أسفر عن مقتل 9 جنود أتراك.", null)]
    [InlineData("شنت الطائرات الأمريكية غارات على مواقع لكتائب حزب الله في القائم ردا على هجوم الأحد الذي أدى إلى مقتل ثلاثة جنود أمريكيين.", null)]
    [InlineData("شنت الطائرات التركية غارات على مواقع لحزب العمال الكردستاني في قضاء العمادية ردا على هجوم سابق، ما أسفر عن مقتل 9 مسلحين.", 9)]
    [InlineData("شنت الطائرات التركية غارات على مواقع لحزب العمال الكردستاني في قضاء العمادية أسفرت عن مقتل 9 مسلحين.", 9)]
    public void FiguresOfAnAttackAnsweredAreNotTheAnswers(string sentence, int? killed) =>
        TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem().Killed.ShouldBe(killed);

    /// <summary>Strikes placed only by countries are no incident; the Tower 22 after ردا على is not their place.</summary>
    [Theory]
    [InlineData("شن الجيش الأمريكي ضربات على 85 هدفا في العراق وسوريا ردا على هجوم البرج 22.")]
    [InlineData("ردا على هجوم البرج 22، شن الجيش الأمريكي ضربات على 85 هدفا في العراق وسوريا.")]
    public void APlaceAfterAResponseWordIsTheAnsweredAttacksOnly(string sentence)
    {
        var incident = TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem();
        (incident.PlaceId, incident.Type, incident.Background).ShouldBe(("tower-22", IncidentType.Other, true));
        incident.PerpetratorIds.ShouldBeEmpty();
    }

    /// <summary>A time put between the verb and its object does not take the place out of the verb's reach; other words do
    /// (a name counts as one word: <see cref="PlaceReachOverNamesTests"/>).</summary>
    [Theory]
    [InlineData("استهدفت طائرة مسيّرة مجهولة، مساء الأربعاء 6 من آذار، سيارة تقل قياديين في الحرس الثوري الإيراني قرب مدينة الميادين بريف دير الزور الشرقي، ما أسفر عن مقتل اثنين منهم.", "mayadin")]
    [InlineData("استهدفت طائرة مسيّرة مجهولة، بعد عودتها من مهمة استطلاع طويلة فوق البادية الواسعة، سيارة تقل قياديين في الحرس الثوري الإيراني قرب مدينة الميادين بريف دير الزور الشرقي، ما أسفر عن مقتل اثنين منهم.", null)]
    public void ADateBetweenTheVerbAndItsObjectKeepsThePlaceInReach(string sentence, string? place) =>
        TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.Select(i => i.PlaceId).ShouldBe(place is null ? [] : [place]);

    /// <summary>A launch aimed at a base across its origin (أطلقت من الأراضي السورية باتجاه قاعدة) targets the base.</summary>
    [Theory]
    [InlineData("ذكرت مصادر محلية أن صواريخ انطلقت من الأراضي السورية باتجاه قاعدة عين الأسد.")]
    [InlineData("ذكرت مصادر محلية أن صواريخ أطلقت من داخل الأراضي السورية باتجاه قاعدة عين الأسد.")]
    public void ALaunchAimedAcrossItsOriginTargetsTheBase(string sentence)
    {
        var incident = TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem();
        (incident.Type, incident.PlaceId).ShouldBe((IncidentType.Rocket, "ain-al-asad"));
    }

    /// <summary>Not a heading of something else further on, nor a departure with no weapon.</summary>
    [Theory]
    [InlineData("سقط صاروخ في الصحراء بعد ساعات من توجه الوزير نحو قاعدة عين الأسد.")]
    [InlineData("انطلقت القافلة من بغداد باتجاه قاعدة عين الأسد.")]
    public void AHeadingFarFromTheLaunchOrWithoutAWeaponIsNoTarget(string sentence) =>
        TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.ShouldBeEmpty();

    /// <summary>
    /// Sites joined by و are one attack on each, even with a place inside the first between them; their weapons and
    /// casualties are not divided among them, but "no casualties" holds for each.
    /// </summary>
    [Theory]
    [InlineData("استهدفت المقاومة الإسلامية في العراق قاعدة عين الأسد وقاعدة حرير بطائرات مسيرة.", null)]
    [InlineData("استهدفت طائرتان مسيرتان قاعدة عين الأسد في الأنبار وقاعدة حرير في أربيل دون وقوع إصابات.", 0)]
    [InlineData("استهدفت طائرتان مسيرتان قاعدة عين الأسد في الأنبار وقاعدة حرير في أربيل، ما أدى إلى إصابة ثلاثة جنود.", null)]
    public void SitesJoinedByWawAreOneAttackEach(string sentence, int? wounded)
    {
        var incidents = TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents;
        incidents.Select(i => i.PlaceId).Order(StringComparer.Ordinal).ShouldBe(["ain-al-asad", "harir-air-base"]);
        incidents.ShouldAllBe(i => i.Type == IncidentType.Drone && i.WeaponCount == null && i.Wounded == wounded);
    }

    /// <summary>
    /// Each site of a list told with its own weapon (قاعدة حرير بطائرة مسيرة، وقاعدة الشدادي بصاروخين) is attacked with
    /// that weapon and counted by it; the list goes on past the comma after a weapon. A site after the comma with no
    /// weapon of its own takes the attack's kind but no count.
    /// </summary>
    [Theory]
    [InlineData("أعلنت المقاومة الإسلامية في العراق استهداف قاعدة عين الأسد بطائرة مسيرة وقاعدة التنف بصاروخين فجر اليوم.",
        "ain-al-asad", IncidentType.Drone, 1, "al-tanf", IncidentType.Rocket, 2)]
    [InlineData("استهدفت الفصائل قاعدة حرير في أربيل بطائرة مسيرة، وقاعدة الشدادي في سوريا برشقة صاروخية، مساء الخميس.",
        "harir-air-base", IncidentType.Drone, 1, "shaddadi-base", IncidentType.Rocket, null)]
    [InlineData("هاجمت الفصائل قاعدة عين الأسد بثلاث طائرات مسيرة، وقاعدة التنف، فجر اليوم.",
        "ain-al-asad", IncidentType.Drone, 3, "al-tanf", IncidentType.Drone, null)]
    [InlineData("قصفت الفصائل قاعدة حرير الأمريكية بطائرة مسيرة، وقاعدة الشدادي العسكرية بصاروخين.",
        "harir-air-base", IncidentType.Drone, 1, "shaddadi-base", IncidentType.Rocket, 2)]
    public void EachSiteOfAListTakesItsOwnWeapon(string sentence, string first, IncidentType firstType, int? firstCount,
        string second, IncidentType secondType, int? secondCount)
    {
        var incidents = TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents;
        incidents.Count.ShouldBe(2);
        var one = incidents.Single(i => i.PlaceId == first);
        var other = incidents.Single(i => i.PlaceId == second);
        (one.Type, one.WeaponCount, other.Type, other.WeaponCount).ShouldBe((firstType, firstCount, secondType, secondCount));
    }

    /// <summary>A site after a comma, no weapon before it, is not added to the list: "قاعدة حرير، وقاعدة الشدادي تعرضت" is another clause.</summary>
    [Fact]
    public void ASiteAfterACommaWithoutAWeaponBeforeItIsNoListItem() =>
        TestLexicons.Run("استهدفت طائرة مسيرة قاعدة حرير في أربيل، وقاعدة الشدادي معروفة بوجود قوات أمريكية فيها.", RepoFiles.Lexicons)
            .Incidents.Select(i => i.PlaceId).ShouldBe(["harir-air-base"]);

    /// <summary>A construct dual names two sites, the second after و without its noun: one attack on each.</summary>
    [Theory]
    [InlineData("استهدفت المقاومة الإسلامية في العراق قاعدتي حرير وعين الأسد بطائرات مسيرة.", "ain-al-asad", "harir-air-base")]
    [InlineData("استهدفت المقاومة الإسلامية في العراق قاعدتي عين الأسد وحرير بطائرات مسيرة.", "ain-al-asad", "harir-air-base")]
    [InlineData("قصفت طائرات مسيرة قاعدتي التنف والشدادي في سوريا.", "al-tanf", "shaddadi-base")]
    [InlineData("سقطت صواريخ على مطاري أربيل وبغداد مساء الأحد.", "baghdad-international-airport", "erbil-international-airport")]
    public void ADualOfASiteNounIsOneAttackOnEachSite(string sentence, string first, string second) =>
        TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.Select(i => i.PlaceId).Order(StringComparer.Ordinal).ShouldBe([first, second]);

    /// <summary>A place that is no site after و says where the base is: one attack, with its figures.</summary>
    [Fact]
    public void ASiteAndItsTownAreOneAttack()
    {
        var incident = TestLexicons.Run("استهدفت طائرة مسيرة قاعدة حرير وأربيل، ما أدى إلى إصابة جنديين.", RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem();
        (incident.PlaceId, incident.WeaponCount, incident.Wounded).ShouldBe(("harir-air-base", 1, 2));
    }

    /// <summary>An answer to a question or a statement answers no attack: the attack it speaks of is the news.</summary>
    [Theory]
    [InlineData("وقال المتحدث ردا على سؤال حول الهجوم على قاعدة حرير إن التحقيقات مستمرة.")]
    [InlineData("وقال المتحدث ردا على التساؤلات بشأن الهجوم على قاعدة حرير إن التحقيقات مستمرة.")]
    public void AReplyToAQuestionIsNoRetaliation(string sentence) =>
        TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem().Background.ShouldBeFalse();

    [Fact]
    public void AResponseWordEndsTheRetaliationsReachForAPlace() =>
        TestLexicons.Run("شنت طائرات أمريكية غارات على مواقع في العراق وسوريا ردا على مقتل ثلاثة جنود في البرج 22.", RepoFiles.Lexicons).Incidents.ShouldBeEmpty();

    /// <summary>An answered attack with no place after it does not take the retaliation's place before the response word.</summary>
    [Theory]
    [InlineData("قصفت القوات مقرا في جرف الصخر ردا على هجوم.", "jurf-al-sakhar")]
    [InlineData("تعرضت قاعدة عين الأسد لقصف ردا على هجوم.", "ain-al-asad")]
    public void AnAnsweredAttackTakesNoPlaceFromBeforeTheResponseWord(string sentence, string place)
    {
        var incident = TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem();
        (incident.PlaceId, incident.Background).ShouldBe((place, false));
    }

    [Fact]
    public void AClaimBeforeAResponseWordIsTheRetaliations()
    {
        var incidents = TestLexicons.Run("تبنت المقاومة الإسلامية في العراق قصف قاعدة عين الأسد بالصواريخ ردا على قصف أمريكي استهدف مقرا للحشد في جرف الصخر.", RepoFiles.Lexicons).Incidents;
        incidents.Count.ShouldBe(2);
        var claimed = incidents.Single(i => i.PlaceId == "ain-al-asad");
        (claimed.Type, claimed.Background, claimed.Stance).ShouldBe((IncidentType.Rocket, false, Stance.Claimed));
        claimed.PerpetratorIds.ShouldBe(["islamic-resistance-in-iraq"]);
        var answered = incidents.Single(i => i.PlaceId == "jurf-al-sakhar");
        (answered.Background, answered.Stance).ShouldBe((true, Stance.Reported));
        answered.PerpetratorIds.ShouldBe(["us-forces"]);
    }

    /// <summary>
    /// A town only the gazetteer knows, written right before the governorate or district the attack is placed in and said
    /// to be in it (بريف دمشق، بمحافظة المثنى، في محافظة), is the place; a town after the governorate, or in another
    /// country, is not.
    /// </summary>
    [Theory]
    [InlineData("قتل ثلاثة جنود جراء غارات إسرائيلية استهدفت مواقع عسكرية في محيط مدينة الكسوة بريف دمشق، ليل الأحد.", "gn-173598")]
    [InlineData("انفجرت عبوة ناسفة استهدفت رتلا للتحالف الدولي في قضاء الرميثة بمحافظة المثنى، صباح الأحد.", "gn-98685")]
    [InlineData("قتل ثلاثة جنود جراء غارات إسرائيلية استهدفت مواقع عسكرية في ريف دمشق قرب مدينة الكسوة، ليل الأحد.", "rif-dimashq")]
    public void ATownSaidToBeInTheGovernoratePlacesTheAttack(string sentence, string place) =>
        TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem().PlaceId.ShouldBe(place);

    /// <summary>
    /// A word for rockets and missiles alike (صاروخ) fired at a target at sea names a missile: the rockets of these wars
    /// are fired at land. On land it stays a rocket.
    /// </summary>
    [Theory]
    [InlineData("أعلنت البحرية البريطانية أن المدمرة أسقطت صاروخا حوثيا كان متجها نحو سفينة تجارية في خليج عدن، يوم السبت.", IncidentType.Missile)]
    [InlineData("تعرضت ناقلة نفط لهجوم بصاروخ على بعد 40 ميلا جنوب شرق عدن، مساء الأحد.", IncidentType.Missile)]
    [InlineData("سقط صاروخ داخل قاعدة عين الأسد الجوية، مساء الأحد.", IncidentType.Rocket)]
    public void AProjectileFiredAtSeaIsAMissile(string sentence, IncidentType type) =>
        TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem().Type.ShouldBe(type);

    /// <summary>
    /// A denial reaches back over a time set off by commas and a relative clause of the reports it denies (نفت القيادة،
    /// مساء الخميس، الأنباء التي تحدثت عن سقوط صواريخ): no incident. A clause of its own after the denial, opened with و,
    /// tells an event again.
    /// </summary>
    [Theory]
    [InlineData("نفت قيادة العمليات المشتركة، مساء الخميس، الأنباء التي تحدثت عن سقوط صواريخ على قاعدة بلد الجوية.", 0)]
    [InlineData("نفت خلية الإعلام الأمني التقارير التي تحدثت عن سقوط طائرة مسيرة قرب مطار بغداد الدولي.", 0)]
    [InlineData("نفت كتائب حزب الله صلتها بالهجمات، وسقطت ثلاثة صواريخ على قاعدة بلد الجوية مساء الخميس.", 1)]
    public void ADenialReachesOverAnInsertedTimeAndARelativeClause(string sentence, int incidents) =>
        TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.Count.ShouldBe(incidents);

    [Fact]
    public void EmptyTextHasNoIncidents() => TestLexicons.Run("").Incidents.ShouldBeEmpty();

    /// <summary>
    /// A definite word for rockets and missiles alike (الصواريخ), with no word of kind, takes back the missiles the story
    /// told: one missile attack, not a second one of rockets. Rockets told first stay rockets, and "الكاتيوشا" names its kind.
    /// </summary>
    [Theory]
    [InlineData("استهدف هجوم بصواريخ باليستية قاعدة عين الأسد الجوية مساء السبت.\nوأوضح المتحدث أن معظم الصواريخ اعترضتها الدفاعات، فيما سقط عدد منها داخل القاعدة.", new[] { IncidentType.Missile })]
    [InlineData("أطلق الحوثيون صاروخا مجنحا على سفينة في البحر الأحمر فجر الأحد.\nوقالت البحرية إن الصاروخ سقط في البحر قرب السفينة.", new[] { IncidentType.Missile })]
    [InlineData("سقطت صواريخ على قاعدة عين الأسد الجوية مساء السبت.\nوأوضح المتحدث أن الصواريخ سقطت داخل القاعدة.", new[] { IncidentType.Rocket })]
    public void ADefiniteProjectileNounTakesBackTheMissilesTold(string text, IncidentType[] types) =>
        TestLexicons.Run(text, RepoFiles.Lexicons).Incidents.Select(i => i.Type).ShouldBe(types);

    /// <summary>
    /// A figure said to come on top of those told (أصيب أيضا) adds to the attack's own figure; added to a vague one (عدد من
    /// العسكريين) it leaves the total unknown. "وأضاف أيضا أن" adds to the statement, not to the figure.
    /// </summary>
    [Theory]
    [InlineData("أصيب ثلاثة جنود أمريكيين في هجوم صاروخي على قاعدة عين الأسد مساء السبت.\nوأضاف أن عسكريا عراقيا أصيب أيضا.", 4)]
    [InlineData("أصيب عدد من العسكريين الأمريكيين في هجوم صاروخي على قاعدة عين الأسد مساء السبت.\nوأضاف أن عسكريا عراقيا أصيب أيضا.", null)]
    [InlineData("أصيب ثلاثة جنود أمريكيين في هجوم صاروخي على قاعدة عين الأسد مساء السبت.\nوأضاف أيضا أن ثلاثة جنود أصيبوا بجروح طفيفة.", 3)]
    public void AFigureOnTopOfThoseToldAddsToThem(string text, int? wounded)
    {
        var incident = TestLexicons.Run(text, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem();
        incident.Wounded.ShouldBe(wounded);
        incident.Support.Where(x => x.Field == IncidentField.Wounded).ShouldAllBe(x => x.Value == (wounded == null ? null : wounded.ToString()));
    }
}
