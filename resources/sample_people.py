"""The invented people of the bundled sample CVs (resources/samples).

Everyone here is made up: names, institutions' labs, paper titles, co-authors,
addresses. Venues and universities are real so the parser has realistic work to
do. Emails use example.* domains and phone numbers come from ranges reserved for
fiction (UK 020 7946 0xxx, US 555-01xx).
"""
from __future__ import annotations

ACADEMIC = {  # two-column PDF with a side bar
    "name": "Elena Marchetti",
    "title": "Postdoctoral Researcher, Machine Learning",
    "email": "elena.marchetti@example.edu",
    "phone": "+44 20 7946 0321",
    "homepage": "https://elenamarchetti.example.org",
    "github": "https://github.com/elena-marchetti-example",
    "scholar": "https://scholar.google.com/citations?user=EXAMPLE01",
    "location": "Cambridge, United Kingdom",
    "skills": ["Python, PyTorch, JAX", "Probabilistic modelling", "Bayesian optimisation", "C++, CUDA", "LaTeX, Git"],
    "languages": ["Italian (native)", "English (fluent)", "German (B2)"],
    "interests": "Probabilistic machine learning, uncertainty quantification, Bayesian deep learning, "
                 "sample-efficient reinforcement learning.",
    "education": [
        ("Ph.D. in Computer Science", "University of Cambridge", "Oct. 2018 – Sep. 2022",
         "Thesis: Calibrated Uncertainty for Deep Sequential Decision Making. Advisor: Prof. Jonathan Hale"),
        ("M.Sc. in Computer Engineering", "Politecnico di Milano", "Sep. 2016 – Jul. 2018", "110/110 cum laude"),
        ("B.Sc. in Computer Engineering", "Politecnico di Milano", "Sep. 2013 – Jul. 2016", ""),
    ],
    "experience": [
        ("Postdoctoral Research Associate", "Department of Engineering, University of Cambridge", "Oct. 2022 – Present",
         "Leads a project on calibrated world models; co-supervises three Ph.D. students."),
        ("Research Scientist Intern", "DeepMind, London", "Jun. 2021 – Sep. 2021",
         "Uncertainty-aware exploration for offline reinforcement learning."),
        ("Applied Scientist Intern", "Amazon, Berlin", "Jun. 2019 – Sep. 2019",
         "Bayesian optimisation of ranking hyper-parameters at scale."),
    ],
    "publications": [
        "E. Marchetti, T. Okonkwo, J. Hale. Calibrated World Models for Offline Reinforcement Learning. "
        "In Advances in Neural Information Processing Systems (NeurIPS), 2023.",
        "E. Marchetti*, R. Lindgren*, J. Hale. Deep Ensembles Under Distribution Shift: A Second Look. "
        "In International Conference on Machine Learning (ICML), 2022.",
        "R. Lindgren, E. Marchetti, S. Iyer, J. Hale. Sparse Variational Inference for Sequential Decision Making. "
        "In International Conference on Learning Representations (ICLR), 2022.",
        "E. Marchetti, J. Hale. Evidential Priors for Bayesian Optimisation. "
        "Journal of Machine Learning Research (JMLR), 24(112):1–38, 2023.",
        "S. Iyer, E. Marchetti, M. Conti. Uncertainty-Aware Depth Completion. "
        "In IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR), 2021.",
        "E. Marchetti, M. Conti. Tempered Posteriors for Robust Control. "
        "In Proceedings of the AAAI Conference on Artificial Intelligence (AAAI), 2020.",
        "T. Okonkwo, E. Marchetti. Conformal Prediction for World Models. arXiv preprint arXiv:2401.01234, 2024.",
    ],
    "awards": [
        ("Best Paper Award, ICML Workshop on Uncertainty and Robustness", "2022"),
        ("Cambridge Trust International Scholarship", "2018"),
        ("Politecnico di Milano Gold Medal for the best M.Sc. thesis", "2018"),
    ],
    "service": "Reviewer for NeurIPS, ICML, ICLR (2021–2024), JMLR and TPAMI.",
}

INDUSTRY = {  # one-column PDF
    "name": "Marcus Okafor",
    "title": "Senior Machine Learning Engineer",
    "email": "marcus.okafor@example.com",
    "phone": "+1 (415) 555-0147",
    "linkedin": "https://www.linkedin.com/in/marcus-okafor-example",
    "github": "https://github.com/mokafor-example",
    "location": "San Francisco, CA",
    "summary": "Machine learning engineer with eight years of experience building search, ranking and "
               "recommendation systems used by millions of people. Enjoys taking research ideas to production.",
    "experience": [
        ("Senior Machine Learning Engineer", "Stripe, San Francisco", "Mar. 2021 – Present",
         ["Led the redesign of the fraud-scoring pipeline; cut false positives by 18% at equal recall.",
          "Built a feature store serving 40k requests per second with p99 latency under 15 ms.",
          "Mentored five engineers; ran the team's ML reading group."]),
        ("Machine Learning Engineer", "Spotify, New York", "Jul. 2018 – Feb. 2021",
         ["Shipped a sequence model for playlist continuation (+3.1% streams in A/B tests).",
          "Owned offline evaluation tooling used by twelve teams."]),
        ("Software Engineer", "Palantir Technologies, Palo Alto", "Aug. 2016 – Jun. 2018",
         ["Developed data integration services in Java and Python for healthcare customers."]),
    ],
    "education": [
        ("M.S. in Computer Science", "Stanford University", "2014 – 2016"),
        ("B.S. in Electrical Engineering", "University of Lagos", "2010 – 2014"),
    ],
    "publications": [
        "M. Okafor, L. Chen, P. Alvarez. Session-Aware Playlist Continuation at Scale. "
        "In Proceedings of the ACM SIGKDD Conference on Knowledge Discovery and Data Mining (KDD), 2020.",
        "L. Chen, M. Okafor. Counterfactual Evaluation of Ranking Policies with Partial Feedback. "
        "In ACM Conference on Recommender Systems (RecSys), 2019.",
        "M. Okafor, D. Brooks. Graph Features for Real-Time Fraud Detection. arXiv:2305.04567, 2023.",
        "P. Alvarez, M. Okafor, L. Chen. Learning to Rank with Delayed Rewards. "
        "In Proceedings of EMNLP Workshop on NLP for Recommender Systems, 2019.",
        "D. Brooks, M. Okafor. Calibrating Risk Scores Under Label Delay. "
        "In Proceedings of the AAAI Conference on Artificial Intelligence (AAAI), 2024.",
    ],
    "skills": "Python, Scala, SQL, PyTorch, TensorFlow, Spark, Kafka, Kubernetes, AWS, GCP",
    "awards": [("Stripe Engineering Excellence Award", "2023"), ("Spotify Hack Week winner", "2019")],
}

POSTDOC_DOCX = {
    "name": "Priya Raman",
    "title": "Curriculum Vitae",
    "email": "priya.raman@example.org",
    "phone": "+44 20 7946 0875",
    "homepage": "https://priyaraman.example.org",
    "interests": "Natural language processing; multilingual models; evaluation of large language models.",
    "education": [
        ("Ph.D. in Informatics", "University of Edinburgh", "2019 – 2023"),
        ("M.Tech. in Computer Science", "Indian Institute of Technology Bombay", "2017 – 2019"),
        ("B.E. in Information Technology", "Anna University", "2013 – 2017"),
    ],
    "experience": [
        ("Research Fellow", "School of Informatics, University of Edinburgh", "Sep. 2023 – Present"),
        ("Research Intern", "Google Research, Zürich", "May 2022 – Aug. 2022"),
        ("Teaching Assistant, Natural Language Understanding", "University of Edinburgh", "2020 – 2022"),
    ],
    "publications": [
        "P. Raman, A. Whitfield, M. Osei. Low-Resource Transfer for Dravidian Languages with Shared Subwords. "
        "In Proceedings of the Annual Meeting of the Association for Computational Linguistics (ACL), 2023.",
        "P. Raman, M. Osei. When Do Multilingual Models Translate Idioms? "
        "In Proceedings of EMNLP, 2022.",
        "K. Duarte, P. Raman, A. Whitfield. Benchmarking Factual Consistency Across 20 Languages. "
        "In Proceedings of NAACL, 2024.",
        "P. Raman, A. Whitfield. Calibration of Multilingual Question Answering Models. "
        "Transactions of the Association for Computational Linguistics (TACL), 2023.",
        "P. Raman. Evaluating Code-Switched Dialogue Systems. arXiv preprint arXiv:2310.07777, 2023.",
        "M. Osei, P. Raman, K. Duarte. Fair Evaluation of Summarisation Metrics. "
        "In Findings of ACL, 2021.",
    ],
    "awards": [("Best Short Paper Award, EMNLP", "2022"), ("Google Ph.D. Fellowship in NLP", "2021"),
               ("Institute Silver Medal, IIT Bombay", "2019")],
    "skills": "Python, PyTorch, Hugging Face Transformers, JAX, SLURM; Tamil, English, Hindi",
    "referee": "Prof. Alan Whitfield, University of Edinburgh, a.whitfield@example.ac.uk",
}

MARKDOWN = {
    "name": "Tomás Lindqvist",
    "email": "tomas.lindqvist@example.se",
    "homepage": "https://tomaslindqvist.example.se",
    "github": "https://github.com/tlindqvist-example",
}

CHINESE = {
    "name": "李明远",
    "email": "mingyuan.li@example.cn",
    "phone": "+86 138 0013 8000",
    "homepage": "https://limingyuan.example.cn",
    "education": [
        ("2019年9月 – 2024年6月", "清华大学", "计算机科学与技术系", "博士", "导师：王建国教授"),
        ("2015年9月 – 2019年6月", "浙江大学", "计算机科学与技术学院", "本科", "GPA 3.9/4.0，专业排名 2/120"),
    ],
    "experience": [
        ("2024年7月 – 至今", "阿里巴巴达摩院", "算法专家", "负责大规模图神经网络推荐系统的研发。"),
        ("2022年6月 – 2022年9月", "微软亚洲研究院", "研究实习生", "参与自然语言处理预训练模型的高效推理研究。"),
    ],
    "publications": [
        "Mingyuan Li, Wei Zhang, Jianguo Wang. Scalable Graph Transformers for Web-Scale Recommendation. "
        "In KDD, 2023.",
        "Mingyuan Li*, Hao Chen*, Jianguo Wang. Efficient Sparse Attention for Long Documents. In ACL, 2022.",
        "Hao Chen, Mingyuan Li, Jianguo Wang. Contrastive Pre-training for Code Search. In EMNLP, 2021.",
        "Mingyuan Li, Jianguo Wang. Robust Graph Learning under Label Noise. In AAAI, 2022.",
        "Wei Zhang, Mingyuan Li. Adaptive Sampling for Graph Neural Networks. "
        "IEEE Transactions on Pattern Analysis and Machine Intelligence (TPAMI), 2024.",
    ],
    "awards": [("国家奖学金", "2022"), ("清华大学优秀博士学位论文", "2024"), ("ACM-ICPC 亚洲区域赛金牌", "2017")],
    "skills": "Python, C++, PyTorch, Spark；熟悉图神经网络与大模型推理优化",
}
