package org.sanxiang.officers.persistence;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.sanxiang.officers.Certificate;
import org.sanxiang.officers.EnforcementBody;
import org.sanxiang.officers.Matter;
import org.sanxiang.officers.Officer;

@Mapper
public interface OfficerMapper {

    EnforcementBody selectBodyById(@Param("id") long id);

    List<Matter> selectPowerList(@Param("bodyId") long bodyId);

    Matter selectMatterById(@Param("id") long id);

    Officer selectOfficerById(@Param("id") long id);

    Officer selectOfficerByUsername(@Param("username") String username);

    List<Officer> selectOfficersByIds(@Param("ids") List<Long> ids);

    List<Officer> selectOfficersByBody(@Param("bodyId") long bodyId);

    List<Certificate> selectCertificatesByOfficer(@Param("officerId") long officerId);
}
